package id.kombel.learning.goal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

record GoalResponse(
        String id,
        String title,
        LocalDate targetDate,
        int progress,
        Instant createdAt,
        @Nullable Instant achievedAt) {

    static GoalResponse of(Goal goal) {
        return new GoalResponse(
                goal.id(), goal.title(), goal.targetDate(), goal.progress(), goal.createdAt(), goal.achievedAt());
    }
}
