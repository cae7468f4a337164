package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One change of a membership, from its event: the id is the event's, so a redelivery adds nothing. */
@Document(MembershipHistoryEntry.COLLECTION)
@CompoundIndex(name = "membership_version", def = "{'membershipId': 1, 'version': 1, '_id': 1}")
@CompoundIndex(name = "community_event_at", def = "{'communityId': 1, 'event': 1, 'at': 1}")
@CompoundIndex(name = "member", def = "{'memberId': 1}")
@CompoundIndex(name = "by", def = "{'by': 1}", sparse = true)
record MembershipHistoryEntry(
        @Id String id,
        String membershipId,
        String communityId,
        String memberId,
        String event,
        CommunityRole role,
        MembershipStatus status,
        @Nullable String by,
        Instant at,
        long version) {

    static final String COLLECTION = "membership_history";
}
