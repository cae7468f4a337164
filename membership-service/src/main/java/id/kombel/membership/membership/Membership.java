package id.kombel.membership.membership;

import id.kombel.membership.MembershipTopics;
import id.kombel.membership.community.CommunityRole;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.RuleViolationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member's standing with one community, id {@code <communityId>:<memberId>}: the same id is the
 * record key of its events, so a member's events in a community stay in order. It keeps only its
 * current state and a few timestamps; every change is an event, and the history of changes is kept
 * apart ({@link MembershipHistory}), one document per change.
 *
 * <p>The role follows the community's leadership (the community decides who leads, in one atomic
 * write); {@link Leadership} brings memberships in line with it. For an invitation the role is the
 * one offered.
 */
@Document("memberships")
@AggregateTopic(MembershipTopics.MEMBERSHIP)
@CompoundIndex(name = "community_status_since", def = "{'communityId': 1, 'status': 1, 'since': 1, '_id': 1}")
@CompoundIndex(name = "member_status_since", def = "{'memberId': 1, 'status': 1, 'since': 1, '_id': 1}")
@CompoundIndex(name = "community_status_role", def = "{'communityId': 1, 'status': 1, 'role': 1}")
@CompoundIndex(name = "changed_by", def = "{'changedBy': 1}", sparse = true)
class Membership extends AggregateRoot {

    private String communityId;
    private String memberId;
    private @Nullable MembershipStatus status;
    private CommunityRole role;
    private Instant since;
    private @Nullable Instant joinedAt;
    private @Nullable String changedBy;

    @PersistenceCreator
    Membership() {}

    private Membership(String communityId, String memberId) {
        super(idOf(communityId, memberId));
        this.communityId = communityId;
        this.memberId = memberId;
        this.role = CommunityRole.MEMBER;
    }

    static String idOf(String communityId, String memberId) {
        return communityId + ":" + memberId;
    }

    /** A membership that was never stored: no status yet, every first step is open. */
    static Membership none(String communityId, String memberId) {
        return new Membership(communityId, memberId);
    }

    /** The proposer of a community: its lead from the start. */
    static Membership founder(String communityId, String memberId, Instant now) {
        Membership membership = new Membership(communityId, memberId);
        membership.become(MembershipStatus.ACTIVE, CommunityRole.LEAD, memberId, now);
        membership.joinedAt = now;
        membership.raise(membership.event(MemberJoined::new));
        return membership;
    }

    void join(Instant now) {
        requireMayStart(false);
        become(MembershipStatus.ACTIVE, CommunityRole.MEMBER, memberId, now);
        joinedAt = now;
        raise(event(MemberJoined::new));
    }

    void request(Instant now) {
        requireMayStart(false);
        become(MembershipStatus.REQUESTED, CommunityRole.MEMBER, memberId, now);
        raise(event(MembershipRequested::new));
    }

    /** A removed member may come back only this way. */
    void invite(CommunityRole offered, String by, Instant now) {
        requireMayStart(true);
        become(MembershipStatus.INVITED, offered, by, now);
        raise(event(MemberInvited::new));
    }

    void approve(String by, Instant now) {
        if (status != MembershipStatus.REQUESTED) {
            throw new ConflictException("no-pending-request", id() + " is " + status);
        }
        become(MembershipStatus.ACTIVE, CommunityRole.MEMBER, by, now);
        joinedAt = now;
        raise(event(MemberJoined::new));
    }

    /** Declines a pending request (by the leads) or invitation (by the invitee or the leads). */
    void decline(String by, Instant now) {
        if (status == null || !status.isPending()) {
            throw new ConflictException("nothing-pending", id() + " is " + status);
        }
        become(MembershipStatus.DECLINED, role, by, now);
        raise(event(MembershipDeclined::new));
    }

    /** The role an invitation offers; 409 when there is no pending invitation. */
    CommunityRole invitedAs() {
        if (status != MembershipStatus.INVITED) {
            throw new ConflictException("no-pending-invitation", id() + " is " + status);
        }
        return role;
    }

    /** The invitee accepts, in the role the community's leadership now gives them. */
    void accept(CommunityRole leadershipRole, Instant now) {
        invitedAs();
        become(MembershipStatus.ACTIVE, leadershipRole, memberId, now);
        joinedAt = now;
        raise(event(MemberJoined::new));
    }

    void leave(Instant now) {
        requireActiveNonLead();
        become(MembershipStatus.LEFT, role, memberId, now);
        raise(event(MemberLeft::new));
    }

    void remove(String by, Instant now) {
        requireActiveNonLead();
        become(MembershipStatus.REMOVED, role, by, now);
        raise(event(MemberRemoved::new));
    }

    /**
     * Follows the community's leadership; false when the role already matches. {@code since} stays:
     * it dates the membership's status, so member lists keep their order when roles change.
     */
    boolean assumeRole(CommunityRole newRole, @Nullable String by) {
        if (!isActive() || role == newRole) {
            return false;
        }
        CommunityRole previous = role;
        this.role = newRole;
        this.changedBy = by;
        raise(new MemberRoleChanged(id(), communityId, memberId, role, MembershipStatus.ACTIVE, by, previous));
        return true;
    }

    private void requireMayStart(boolean invitation) {
        if (status == null || status == MembershipStatus.LEFT || status == MembershipStatus.DECLINED) {
            return;
        }
        switch (status) {
            case ACTIVE -> throw new ConflictException("already-member", id() + " is active");
            case REQUESTED -> throw new ConflictException("request-pending", id() + " has a pending request");
            case INVITED -> throw new ConflictException("invitation-pending", id() + " has a pending invitation");
            default -> {
                if (!invitation) {
                    throw new RuleViolationException("invitation-required", id() + " was removed");
                }
            }
        }
    }

    private void requireActiveNonLead() {
        if (!isActive()) {
            throw new ConflictException("not-a-member", id() + " is " + status);
        }
        if (role == CommunityRole.LEAD) {
            throw new RuleViolationException("lead-must-hand-over", memberId + " leads " + communityId);
        }
    }

    private void become(MembershipStatus newStatus, CommunityRole newRole, String by, Instant now) {
        this.status = newStatus;
        this.role = newRole;
        this.changedBy = by;
        this.since = now;
    }

    private <E> E event(StateEvent<E> factory) {
        return factory.of(id(), communityId, memberId, role, status(), changedBy);
    }

    @FunctionalInterface
    private interface StateEvent<E> {
        E of(
                String membershipId,
                String communityId,
                String memberId,
                CommunityRole role,
                MembershipStatus status,
                @Nullable String by);
    }

    boolean isNew() {
        return status == null;
    }

    boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    String communityId() {
        return communityId;
    }

    String memberId() {
        return memberId;
    }

    MembershipStatus status() {
        if (status == null) {
            throw new IllegalStateException(id() + " has no status yet");
        }
        return status;
    }

    CommunityRole role() {
        return role;
    }

    Instant since() {
        return since;
    }

    @Nullable
    Instant joinedAt() {
        return joinedAt;
    }

    @Nullable
    String changedBy() {
        return changedBy;
    }
}
