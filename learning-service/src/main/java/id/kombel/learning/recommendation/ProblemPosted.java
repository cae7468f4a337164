package id.kombel.learning.recommendation;

import id.kombel.platform.events.EventType;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** This feature's reading of discussion-service's {@code ProblemPosted} (contract fields only). */
@EventType("ProblemPosted")
record ProblemPosted(
        String problemId,
        String communityId,
        String regionId,
        String authorId,
        boolean anonymous,
        String title,
        String category,
        @Nullable String subject,
        @Nullable String level,
        @Nullable List<String> tags,
        Instant postedAt) {}
