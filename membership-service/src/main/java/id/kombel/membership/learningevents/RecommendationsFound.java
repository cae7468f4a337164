package id.kombel.membership.learningevents;

import id.kombel.platform.events.EventType;
import java.util.List;

/**
 * Resources and activities that may help with a problem. {@code authorId} is the problem's author,
 * who alone is told; it must never be shown to anyone else (the problem may be anonymous).
 */
@EventType("RecommendationsFound")
public record RecommendationsFound(
        String problemId, String communityId, String authorId, List<String> resourceIds, List<String> activityIds) {}
