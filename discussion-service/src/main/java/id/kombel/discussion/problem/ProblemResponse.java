package id.kombel.discussion.problem;

import id.kombel.platform.security.Caller;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem as a member sees it. {@code authorId} is null for an anonymous problem unless the caller
 * is its author ({@code mine}) or leads the community.
 */
record ProblemResponse(
        String id,
        String communityId,
        @Nullable String authorId,
        boolean anonymous,
        boolean mine,
        String title,
        @Nullable String description,
        Category category,
        @Nullable String subject,
        @Nullable SchoolLevel level,
        @Nullable Integer grade,
        List<String> tags,
        ProblemStatus status,
        boolean locked,
        boolean hidden,
        @Nullable String acceptedSolutionId,
        int solutionCount,
        int helpfulVotes,
        Instant postedAt,
        @Nullable Instant updatedAt,
        @Nullable Instant solvedAt,
        long version) {

    static ProblemResponse of(Problem problem, ProblemCard counters, Caller caller, boolean callerLeads) {
        return new ProblemResponse(
                problem.id(),
                problem.communityId(),
                author(problem.authorId(), problem.anonymous(), caller, callerLeads),
                problem.anonymous(),
                caller.is(problem.authorId()),
                problem.title(),
                problem.description(),
                problem.category(),
                problem.subject(),
                problem.level(),
                problem.grade(),
                problem.tags(),
                problem.status(),
                problem.locked(),
                problem.hidden(),
                problem.acceptedSolutionId(),
                counters.solutions(),
                counters.helpful(),
                problem.postedAt(),
                problem.updatedAt(),
                problem.solvedAt(),
                problem.version());
    }

    /** A list item: no description, never hidden (hidden problems are not listed). */
    static ProblemResponse of(ProblemCard card, Caller caller, boolean callerLeads) {
        return new ProblemResponse(
                card.id(),
                card.communityId(),
                author(card.authorId(), card.anonymous(), caller, callerLeads),
                card.anonymous(),
                caller.is(card.authorId()),
                card.title(),
                null,
                card.category(),
                card.subject(),
                card.level(),
                card.grade(),
                card.tags(),
                card.status(),
                card.locked(),
                false,
                card.acceptedSolutionId(),
                card.solutions(),
                card.helpful(),
                card.postedAt(),
                null,
                null,
                card.version());
    }

    private static @Nullable String author(String authorId, boolean anonymous, Caller caller, boolean callerLeads) {
        return anonymous && !caller.is(authorId) && !callerLeads ? null : authorId;
    }
}
