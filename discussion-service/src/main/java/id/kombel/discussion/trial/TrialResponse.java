package id.kombel.discussion.trial;

import id.kombel.discussion.problem.ProblemView;
import id.kombel.platform.security.Caller;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A trial as a member sees it; the anonymous problem author stays anonymous here too. */
record TrialResponse(
        String id,
        String solutionId,
        String problemId,
        @Nullable String memberId,
        boolean mine,
        LocalDate dueOn,
        @Nullable Outcome outcome,
        @Nullable String note,
        @Nullable String evidenceUrl,
        Instant committedAt,
        @Nullable Instant reportedAt,
        long version) {

    static TrialResponse of(Trial trial, ProblemView problem, Caller caller) {
        return new TrialResponse(
                trial.id(),
                trial.solutionId(),
                trial.problemId(),
                problem.visibleAuthor(trial.memberId(), caller),
                caller.is(trial.memberId()),
                trial.dueOn(),
                trial.outcome(),
                trial.note(),
                trial.evidenceUrl(),
                trial.committedAt(),
                trial.reportedAt(),
                trial.version());
    }
}
