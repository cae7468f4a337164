package id.kombel.discussion.problem;

import id.kombel.platform.events.EventType;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a problem's life, on {@code discussion.problem} keyed by problem id. Only
 * ProblemPosted carries the author (for the author's own notifications and erasure, see
 * contracts.md); the others name nobody who could be the anonymous author.
 */
final class ProblemEvents {

    private ProblemEvents() {}
}

@EventType("ProblemUpdated")
record ProblemUpdated(
        String problemId,
        String communityId,
        String title,
        Category category,
        @Nullable String subject,
        @Nullable SchoolLevel level,
        List<String> tags,
        Instant updatedAt) {}

@EventType("ProblemClosed")
record ProblemClosed(String problemId, String communityId, Instant closedAt) {}

@EventType("ProblemReopened")
record ProblemReopened(String problemId, String communityId, ProblemStatus status, Instant reopenedAt) {}

@EventType("ProblemLocked")
record ProblemLocked(String problemId, String communityId, String lockedBy, String reason, Instant lockedAt) {}

@EventType("ProblemUnlocked")
record ProblemUnlocked(String problemId, String communityId, String unlockedBy, String reason, Instant unlockedAt) {}
