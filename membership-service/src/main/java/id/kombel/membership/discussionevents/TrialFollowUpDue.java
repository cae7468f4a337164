package id.kombel.membership.discussionevents;

import id.kombel.platform.events.EventType;
import java.time.LocalDate;

/** A member committed to try a solution and should now report how it went. */
@EventType("TrialFollowUpDue")
public record TrialFollowUpDue(
        String trialId, String solutionId, String problemId, String communityId, String memberId, LocalDate dueOn) {}
