package id.kombel.discussion.problem;

import id.kombel.platform.events.EventType;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

@EventType("ProblemPosted")
public record ProblemPosted(
        String problemId,
        String communityId,
        String regionId,
        String authorId,
        boolean anonymous,
        String title,
        Category category,
        @Nullable String subject,
        @Nullable SchoolLevel level,
        List<String> tags,
        Instant postedAt) {}
