package id.kombel.discussion.trial;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Lets tests outside this package run the follow-up sweep as if a week had passed. */
@Component
public class TrialFollowUpsAccess {

    private final TrialFollowUps sweeps;
    private final Clock clock;

    TrialFollowUpsAccess(TrialFollowUps sweeps, Clock clock) {
        this.sweeps = sweeps;
        this.clock = clock;
    }

    public int sweepInAWeek() {
        return sweeps.sweep(clock.instant().plus(Duration.ofDays(7)));
    }
}
