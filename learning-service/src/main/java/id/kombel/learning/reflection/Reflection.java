package id.kombel.learning.reflection;

import id.kombel.learning.ContentTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.web.RuleViolationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's reflection on an activity they attended. Only becoming shared or private again is told
 * to other services, and never with the text: a private reflection leaves no trace outside.
 */
@Document("reflections")
@AggregateTopic(ContentTopics.REFLECTION)
@CompoundIndex(name = "member_written", def = "{'memberId': 1, 'writtenAt': -1, '_id': -1}")
@CompoundIndex(
        name = "community_visibility_written",
        def = "{'communityId': 1, 'visibility': 1, 'writtenAt': -1, '_id': -1}")
class Reflection extends AggregateRoot {

    private String activityId;
    private String communityId;
    private String memberId;
    private String text;
    private Visibility visibility;
    private Instant writtenAt;
    private @Nullable Instant editedAt;
    private long encouragementCount;

    @PersistenceCreator
    Reflection() {}

    private Reflection(String id, String activityId, String communityId, String memberId, String text, Instant now) {
        super(id);
        this.activityId = activityId;
        this.communityId = communityId;
        this.memberId = memberId;
        this.text = text;
        this.visibility = Visibility.PRIVATE;
        this.writtenAt = now;
    }

    static Reflection write(
            String id,
            String activityId,
            String communityId,
            String memberId,
            String text,
            Visibility visibility,
            Instant now) {
        Reflection reflection = new Reflection(id, activityId, communityId, memberId, text, now);
        reflection.show(visibility);
        return reflection;
    }

    void edit(String newText, Visibility newVisibility, Instant now) {
        if (!newText.equals(text)) {
            this.text = newText;
            this.editedAt = now;
        }
        show(newVisibility);
    }

    void encouraged(String by, long count) {
        if (by.equals(memberId)) {
            throw new RuleViolationException("own-reflection", by + " encouraging their own reflection " + id());
        }
        this.encouragementCount = count;
        raise(new ReflectionEncouraged(id(), communityId, memberId, by, count));
    }

    private void show(Visibility newVisibility) {
        if (newVisibility == visibility) {
            return;
        }
        this.visibility = newVisibility;
        raise(
                newVisibility == Visibility.COMMUNITY
                        ? new ReflectionShared(id(), activityId, communityId, memberId)
                        : new ReflectionUnshared(id(), activityId, communityId, memberId));
    }

    boolean isShared() {
        return visibility == Visibility.COMMUNITY;
    }

    boolean writtenBy(String member) {
        return memberId.equals(member);
    }

    String activityId() {
        return activityId;
    }

    String communityId() {
        return communityId;
    }

    String memberId() {
        return memberId;
    }

    String text() {
        return text;
    }

    Visibility visibility() {
        return visibility;
    }

    Instant writtenAt() {
        return writtenAt;
    }

    @Nullable
    Instant editedAt() {
        return editedAt;
    }

    long encouragementCount() {
        return encouragementCount;
    }
}
