package id.kombel.discussion.appreciation;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.discussion.moderation.ItemType;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.events.EventType;
import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A "terima kasih": one member's short encouragement for another's problem, solution or outcome; one per item. */
@Document(Appreciation.COLLECTION)
@AggregateTopic(DiscussionTopics.APPRECIATION)
@CompoundIndex(name = "item_from", def = "{'itemId': 1, 'fromMemberId': 1}", unique = true)
@CompoundIndex(name = "item_given", def = "{'itemId': 1, 'givenAt': -1, '_id': -1}")
@CompoundIndex(name = "from_member", def = "{'fromMemberId': 1}")
@CompoundIndex(name = "to_member", def = "{'toMemberId': 1}")
class Appreciation extends AggregateRoot {

    static final String COLLECTION = "appreciations";

    private ItemType itemType;
    private String itemId;
    private String problemId;
    private String communityId;
    private String fromMemberId;
    private String toMemberId;
    private String message;
    private Instant givenAt;

    @PersistenceCreator
    Appreciation() {}

    private Appreciation(String id) {
        super(id);
    }

    static Appreciation give(
            String id,
            ItemType itemType,
            String itemId,
            String problemId,
            String communityId,
            String from,
            String to,
            String message,
            Instant now) {
        Appreciation appreciation = new Appreciation(id);
        appreciation.itemType = itemType;
        appreciation.itemId = itemId;
        appreciation.problemId = problemId;
        appreciation.communityId = communityId;
        appreciation.fromMemberId = from;
        appreciation.toMemberId = to;
        appreciation.message = message;
        appreciation.givenAt = now;
        appreciation.raise(new AppreciationGiven(id, itemType, itemId, communityId, from, to, message, now));
        return appreciation;
    }

    ItemType itemType() {
        return itemType;
    }

    String itemId() {
        return itemId;
    }

    String fromMemberId() {
        return fromMemberId;
    }

    String toMemberId() {
        return toMemberId;
    }

    String message() {
        return message;
    }

    Instant givenAt() {
        return givenAt;
    }
}

/** {@code toMemberId} is told; an anonymous problem's author is told without being named to anyone else. */
@EventType("AppreciationGiven")
record AppreciationGiven(
        String appreciationId,
        ItemType itemType,
        String itemId,
        String communityId,
        String fromMemberId,
        String toMemberId,
        String message,
        Instant givenAt) {}
