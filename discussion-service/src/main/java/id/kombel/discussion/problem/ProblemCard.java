package id.kombel.discussion.problem;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A problem as lists and search read it: the problem document with the counters
 * {@link id.kombel.discussion.counter.Counters} keeps in place ({@code solutionCount}, {@code helpfulVotes}), which {@link Problem} does not map.
 */
@Document(Problem.COLLECTION)
record ProblemCard(
        @Id String id,
        String communityId,
        String authorId,
        boolean anonymous,
        String title,
        Category category,
        @Nullable String subject,
        @Nullable SchoolLevel level,
        @Nullable Integer grade,
        List<String> tags,
        ProblemStatus status,
        boolean locked,
        @Nullable String acceptedSolutionId,
        Instant postedAt,
        @Nullable Integer solutionCount,
        @Nullable Integer helpfulVotes,
        long version) {

    int solutions() {
        return solutionCount == null ? 0 : solutionCount;
    }

    int helpful() {
        return helpfulVotes == null ? 0 : helpfulVotes;
    }
}
