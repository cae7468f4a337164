package id.kombel.discussion.solution;

import id.kombel.discussion.problem.ProblemView;
import id.kombel.platform.security.Caller;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reply as a member sees it; the anonymous problem author stays anonymous here too. */
record ReplyResponse(
        String id,
        String solutionId,
        @Nullable String authorId,
        boolean mine,
        String body,
        boolean hidden,
        Instant postedAt,
        @Nullable Instant editedAt,
        long version) {

    static ReplyResponse of(ReplyCard card, ProblemView problem, Caller caller) {
        return new ReplyResponse(
                card.id(),
                card.solutionId(),
                problem.visibleAuthor(card.authorId(), caller),
                caller.is(card.authorId()),
                card.body(),
                card.visibility().hidden(),
                card.postedAt(),
                card.editedAt(),
                card.version());
    }
}
