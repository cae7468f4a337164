package id.kombel.discussion.solution;

import id.kombel.platform.events.EventType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reply to a solution. {@code authorId} is absent when the anonymous problem author replied. */
@EventType("ReplyPosted")
public record ReplyPosted(
        String replyId,
        String solutionId,
        String problemId,
        String communityId,
        @Nullable String authorId,
        Instant postedAt) {}
