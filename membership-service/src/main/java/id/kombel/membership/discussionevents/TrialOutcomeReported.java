package id.kombel.membership.discussionevents;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A member reported how trying a solution in class went. */
@EventType("TrialOutcomeReported")
public record TrialOutcomeReported(
        String trialId, String solutionId, String problemId, String communityId, String memberId, Instant reportedAt) {}
