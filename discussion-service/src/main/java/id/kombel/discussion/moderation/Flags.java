package id.kombel.discussion.moderation;

import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.web.ConflictException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Records members' flags; the feature that owns the content authorizes the member first. */
@Service
public class Flags {

    private final AggregateStore store;
    private final Clock clock;

    Flags(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Flags the item for the leads; 409 when this member already flagged it. */
    public void flag(
            ItemType itemType, String itemId, String problemId, String communityId, String memberId, String reason) {
        try {
            store.insert(Flag.raise(
                    UUID.randomUUID().toString(),
                    itemType,
                    itemId,
                    problemId,
                    communityId,
                    memberId,
                    reason.strip(),
                    clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("already-flagged", memberId + " already flagged " + itemId);
        }
    }
}
