package id.kombel.membership.replica;

import id.kombel.platform.events.ReplicaWriter;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ApiException;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.NotFoundException;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The membership replica: who is an active member of which community, in which role. Written from
 * membership-service's events; read to authorize requests about a community's content.
 */
public class Memberships {

    private final ReplicaWriter replicas;
    private final MongoTemplate mongo;
    private final Communities communities;

    public Memberships(ReplicaWriter replicas, MongoTemplate mongo, Communities communities) {
        this.replicas = replicas;
        this.mongo = mongo;
        this.communities = communities;
    }

    /** Every membership event carries the whole state, so the newest one seen is the replica. */
    void replicate(MembershipEvent event, long version) {
        replicas.upsert(
                MembershipReplica.COLLECTION,
                event.membershipId(),
                version,
                new Document("communityId", event.communityId())
                        .append("memberId", event.memberId())
                        .append("role", event.role())
                        .append("status", event.status()));
    }

    public Optional<MembershipReplica> find(String communityId, String memberId) {
        return Optional.ofNullable(
                mongo.findById(MembershipReplica.idOf(communityId, memberId), MembershipReplica.class));
    }

    /** The member's role if they are an active member of the community; empty otherwise. */
    public Optional<CommunityRole> roleOf(String communityId, String memberId) {
        return find(communityId, memberId).filter(MembershipReplica::isActive).flatMap(Memberships::role);
    }

    /**
     * The caller's role in the community; 404 when the community is unknown, or private (proposed,
     * rejected) and the caller is not in it; 403 when it is public and the caller is not in it.
     */
    public CommunityRole requireMember(Caller caller, String communityId) {
        CommunityReplica community = communities.require(communityId);
        return roleOf(communityId, caller.memberId()).orElseThrow(() -> notIn(caller, community));
    }

    /** The caller's role if they lead or co-lead the community; otherwise as {@link #requireMember}, or 403. */
    public CommunityRole requireLead(Caller caller, String communityId) {
        CommunityRole role = requireMember(caller, communityId);
        if (!role.isLeader()) {
            throw new ForbiddenException(caller.memberId() + " does not lead community " + communityId);
        }
        return role;
    }

    private static ApiException notIn(Caller caller, CommunityReplica community) {
        if (!community.isPublic()) {
            return new NotFoundException("community", community.id());
        }
        return new ForbiddenException(caller.memberId() + " is not a member of community " + community.id());
    }

    /** A role this version does not know grants nothing. */
    private static Optional<CommunityRole> role(MembershipReplica membership) {
        try {
            return Optional.of(CommunityRole.valueOf(membership.role()));
        } catch (IllegalArgumentException unknownRole) {
            return Optional.empty();
        }
    }
}
