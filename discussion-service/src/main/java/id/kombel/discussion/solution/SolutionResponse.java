package id.kombel.discussion.solution;

import id.kombel.discussion.problem.ProblemView;
import id.kombel.platform.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A solution as a member sees it. {@code authorId} is null when the problem's anonymous author wrote
 * it and the caller is neither they nor a lead; {@code outcomes} counts reported trials.
 */
record SolutionResponse(
        String id,
        String problemId,
        @Nullable String authorId,
        boolean mine,
        String summary,
        List<String> steps,
        List<LinkedResource> resources,
        boolean accepted,
        int helpfulVotes,
        boolean helpfulToMe,
        int replyCount,
        Map<String, Integer> outcomes,
        boolean hidden,
        Instant postedAt,
        @Nullable Instant revisedAt,
        long version) {

    static final List<String> OUTCOMES = List.of("WORKED", "PARTLY", "DID_NOT_WORK");

    static SolutionResponse of(SolutionCard card, ProblemView problem, Caller caller, boolean helpfulToMe) {
        Map<String, Integer> stored = card.outcomes() == null ? Map.of() : card.outcomes();
        Map<String, Integer> outcomes = new java.util.LinkedHashMap<>();
        OUTCOMES.forEach(outcome -> outcomes.put(outcome, stored.getOrDefault(outcome, 0)));
        return new SolutionResponse(
                card.id(),
                card.problemId(),
                problem.visibleAuthor(card.authorId(), caller),
                caller.is(card.authorId()),
                card.summary(),
                card.steps(),
                card.resources(),
                card.id().equals(problem.acceptedSolutionId()),
                card.helpfulVotes() == null ? 0 : card.helpfulVotes(),
                helpfulToMe,
                card.replyCount() == null ? 0 : card.replyCount(),
                outcomes,
                card.visibility().hidden(),
                card.postedAt(),
                card.revisedAt(),
                card.version());
    }
}
