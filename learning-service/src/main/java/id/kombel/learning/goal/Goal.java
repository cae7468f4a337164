package id.kombel.learning.goal;

import id.kombel.learning.ContentTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's personal learning goal. Progress is a percentage the member keeps up to date; the first
 * time it reaches 100 the goal is achieved, once: going back below 100 and up again is not a second
 * achievement.
 */
@Document("goals")
@AggregateTopic(ContentTopics.GOAL)
@CompoundIndex(name = "member_created", def = "{'memberId': 1, 'createdAt': -1, '_id': -1}")
class Goal extends AggregateRoot {

    static final int DONE = 100;

    private String memberId;
    private String title;
    private LocalDate targetDate;
    private int progress;
    private Instant createdAt;
    private @Nullable Instant achievedAt;

    @PersistenceCreator
    Goal() {}

    private Goal(String id, String memberId, String title, LocalDate targetDate, Instant now) {
        super(id);
        this.memberId = memberId;
        this.title = title;
        this.targetDate = targetDate;
        this.createdAt = now;
    }

    static Goal set(String id, String memberId, String title, LocalDate targetDate, int progress, Instant now) {
        Goal goal = new Goal(id, memberId, title, targetDate, now);
        goal.progress = progress;
        goal.raise(new GoalSet(id, memberId, title, targetDate, progress));
        goal.achieveIfDone(now);
        return goal;
    }

    void rename(String newTitle, LocalDate newTargetDate) {
        this.title = newTitle;
        this.targetDate = newTargetDate;
    }

    /** Raises nothing when the progress is unchanged. */
    void progress(int newProgress, Instant now) {
        if (newProgress == progress) {
            return;
        }
        int previous = progress;
        this.progress = newProgress;
        raise(new GoalProgressed(id(), memberId, newProgress, previous));
        achieveIfDone(now);
    }

    private void achieveIfDone(Instant now) {
        if (progress == DONE && achievedAt == null) {
            this.achievedAt = now;
            raise(new GoalAchieved(id(), memberId, title));
        }
    }

    boolean ownedBy(String member) {
        return memberId.equals(member);
    }

    String memberId() {
        return memberId;
    }

    String title() {
        return title;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    int progress() {
        return progress;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant achievedAt() {
        return achievedAt;
    }
}
