package id.kombel.discussion.moderation;

import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member's flag on a piece of content, for the community's leads; one per member per item. */
@Document("flags")
@AggregateTopic(DiscussionTopics.MODERATION)
@CompoundIndex(name = "item_member", def = "{'itemId': 1, 'memberId': 1}", unique = true)
@CompoundIndex(name = "member", def = "{'memberId': 1}")
class Flag extends AggregateRoot {

    private ItemType itemType;
    private String itemId;
    private String problemId;
    private String communityId;
    private String memberId;
    private String reason;
    private Instant flaggedAt;

    @PersistenceCreator
    Flag() {}

    private Flag(String id) {
        super(id);
    }

    static Flag raise(
            String id,
            ItemType itemType,
            String itemId,
            String problemId,
            String communityId,
            String memberId,
            String reason,
            Instant now) {
        Flag flag = new Flag(id);
        flag.itemType = itemType;
        flag.itemId = itemId;
        flag.problemId = problemId;
        flag.communityId = communityId;
        flag.memberId = memberId;
        flag.reason = reason;
        flag.flaggedAt = now;
        flag.raise(new ContentFlagged(id, itemType, itemId, problemId, communityId, memberId, reason, now));
        return flag;
    }
}
