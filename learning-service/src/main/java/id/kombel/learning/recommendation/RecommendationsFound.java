package id.kombel.learning.recommendation;

import id.kombel.platform.events.EventType;
import java.util.List;

/** {@code authorId} is for the author's inbox only; no consumer may show it to anyone else. */
@EventType("RecommendationsFound")
record RecommendationsFound(
        String problemId, String communityId, String authorId, List<String> resourceIds, List<String> activityIds) {}
