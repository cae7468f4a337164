package id.kombel.membership.replica;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows of one member's standing with one community (id {@code
 * <communityId>:<memberId>}), as of {@code sourceVersion} of the source membership.
 */
@Document(MembershipReplica.COLLECTION)
@CompoundIndex(name = "member", def = "{'memberId': 1}")
public record MembershipReplica(
        @Id String id, String communityId, String memberId, String role, String status, long sourceVersion) {

    static final String COLLECTION = "membership_replicas";

    static String idOf(String communityId, String memberId) {
        return communityId + ":" + memberId;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
