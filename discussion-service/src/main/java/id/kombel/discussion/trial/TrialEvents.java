package id.kombel.discussion.trial;

import id.kombel.platform.events.EventType;
import java.time.LocalDate;

/** Facts about trials, on discussion.trial keyed by trial id. */
final class TrialEvents {

    private TrialEvents() {}
}

@EventType("TrialCommitted")
record TrialCommitted(
        String trialId, String solutionId, String problemId, String communityId, String memberId, LocalDate dueOn) {}

/** The date a member committed to passed without an outcome: time to ask them how it went. Raised once. */
@EventType("TrialFollowUpDue")
record TrialFollowUpDue(
        String trialId, String solutionId, String problemId, String communityId, String memberId, LocalDate dueOn) {}
