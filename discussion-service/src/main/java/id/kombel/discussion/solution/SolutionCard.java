package id.kombel.discussion.solution;

import id.kombel.discussion.moderation.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A solution as it is shown: the document with the counters
 * {@link id.kombel.discussion.counter.Counters} keeps in place. */
@Document(Solution.COLLECTION)
record SolutionCard(
        @Id String id,
        String problemId,
        String communityId,
        String authorId,
        String summary,
        List<String> steps,
        List<LinkedResource> resources,
        Instant postedAt,
        @Nullable Instant revisedAt,
        Visibility visibility,
        @Nullable Integer helpfulVotes,
        @Nullable Integer replyCount,
        @Nullable Map<String, Integer> outcomes,
        long version) {}
