package id.kombel.discussion.trial;

import id.kombel.discussion.counter.Counters;
import id.kombel.discussion.problem.ProblemView;
import id.kombel.discussion.solution.SolutionView;
import id.kombel.discussion.solution.Solutions;
import id.kombel.membership.replica.Regions;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.RuleViolationException;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Trial use cases: committing to try a solution, reporting how it went; and trials for appreciation. */
@Service
public class Trials {

    /** Commitments further ahead than this are not commitments. */
    static final int MAX_DAYS_AHEAD = 365;

    private final AggregateStore store;
    private final Solutions solutions;
    private final Regions regions;
    private final Counters counters;
    private final Clock clock;

    Trials(AggregateStore store, Solutions solutions, Regions regions, Counters counters, Clock clock) {
        this.store = store;
        this.solutions = solutions;
        this.regions = regions;
        this.counters = counters;
        this.clock = clock;
    }

    /** A trial the caller may see and its problem; its member is the one appreciated for its outcome. */
    public TrialView require(Caller caller, String trialId) {
        Seen seen = get(caller, trialId);
        return new TrialView(
                seen.trial().id(), seen.trial().memberId(), seen.trial().outcome() != null, seen.problem());
    }

    /** What appreciation needs of a trial. */
    public record TrialView(String id, String memberId, boolean reported, ProblemView problem) {}

    Seen commit(Caller caller, String solutionId, TrialRequests.Commit request) {
        SolutionView solution = solutions.requireOpenToContributions(caller, solutionId);
        ProblemView problem = solution.problem();
        ZoneId zone = regions.zoneOf(problem.regionId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (request.dueOn().isBefore(today) || request.dueOn().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new RuleViolationException(
                    "trial-date-out-of-range",
                    "trial due on " + request.dueOn() + ", today is " + today,
                    today,
                    MAX_DAYS_AHEAD);
        }
        try {
            Trial trial = store.insert(Trial.commit(
                    UUID.randomUUID().toString(),
                    solutionId,
                    problem.id(),
                    problem.communityId(),
                    problem.regionId(),
                    caller.memberId(),
                    request.dueOn(),
                    zone,
                    clock.instant()));
            return new Seen(trial, problem);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("trial-exists", caller.memberId() + " already tries solution " + solutionId);
        }
    }

    Seen report(Caller caller, String trialId, @Nullable String ifMatch, TrialRequests.Report request) {
        Seen seen = get(caller, trialId);
        Trial trial = seen.trial();
        if (!caller.is(trial.memberId())) {
            throw new ForbiddenException(caller.memberId() + " does not own trial " + trialId);
        }
        Versions.checkIfMatch(ifMatch, trial.version(), "trial", trialId);
        trial.report(request.outcome(), request.note().strip(), request.evidenceUrl(), clock.instant());
        store.update(trial);
        counters.solution(trial.solutionId());
        return seen;
    }

    Seen get(Caller caller, String trialId) {
        Trial trial = store.findById(trialId, Trial.class).orElseThrow(() -> new NotFoundException("trial", trialId));
        ProblemView problem = solutions.require(caller, trial.solutionId()).problem();
        return new Seen(trial, problem);
    }

    record Seen(Trial trial, ProblemView problem) {}
}
