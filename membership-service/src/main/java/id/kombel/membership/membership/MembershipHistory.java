package id.kombel.membership.membership;

import id.kombel.platform.events.EventMetadata;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.PageRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The full history of each membership, one document per change, written from the membership's own
 * events: the membership document stays small however often a member leaves and comes back, and the
 * history is complete because the outbox publishes every event.
 */
@Component
class MembershipHistory {

    private final MongoTemplate mongo;

    MembershipHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void record(MembershipEvent event, EventMetadata metadata) {
        try {
            mongo.insert(new MembershipHistoryEntry(
                    metadata.id(),
                    event.membershipId(),
                    event.communityId(),
                    event.memberId(),
                    metadata.type(),
                    event.role(),
                    event.status(),
                    event.by(),
                    metadata.time(),
                    metadata.aggregateVersion()));
        } catch (DuplicateKeyException alreadyRecorded) {
            // a redelivered event: its change is in the history already
        }
    }

    /** Oldest change first. */
    CursorPage<MembershipHistoryEntry> of(String membershipId, PageRequest page) {
        return Keyset.page(
                mongo,
                Criteria.where("membershipId").is(membershipId),
                "version",
                Sort.Direction.ASC,
                page,
                MembershipHistoryEntry.class,
                MembershipHistoryEntry::version,
                MembershipHistoryEntry::id);
    }
}
