package id.kombel.discussion.trial;

import id.kombel.platform.events.EventType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@EventType("TrialOutcomeReported")
public record TrialOutcomeReported(
        String trialId,
        String solutionId,
        String problemId,
        String communityId,
        String memberId,
        Outcome outcome,
        String note,
        @Nullable String evidenceUrl,
        Instant reportedAt) {}
