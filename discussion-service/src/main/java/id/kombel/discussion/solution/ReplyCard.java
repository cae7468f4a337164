package id.kombel.discussion.solution;

import id.kombel.discussion.moderation.Visibility;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A reply as lists read it. */
@Document("replies")
record ReplyCard(
        @Id String id,
        String solutionId,
        String problemId,
        String authorId,
        String body,
        Instant postedAt,
        @Nullable Instant editedAt,
        Visibility visibility,
        long version) {}
