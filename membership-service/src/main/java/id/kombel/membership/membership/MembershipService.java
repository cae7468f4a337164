package id.kombel.membership.membership;

import id.kombel.membership.community.Communities;
import id.kombel.membership.community.CommunityRole;
import id.kombel.membership.community.CommunityView;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.RuleViolationException;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Membership use cases: who may do what to whose membership. The rules of a single membership live
 * in {@link Membership}, those of leadership in the community; changes of leadership are followed up
 * by {@link Leadership}.
 *
 * <p>Leads and co-leads run a community (admit, invite, remove members); only the lead changes who
 * leads (appoints and releases co-leads, hands over, invites co-leads, removes a co-lead).
 */
@Service
class MembershipService {

    private final Communities communities;
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Leadership leadership;
    private final MembershipHistory history;
    private final Clock clock;

    MembershipService(
            Communities communities,
            AggregateStore store,
            MongoTemplate mongo,
            Leadership leadership,
            MembershipHistory history,
            Clock clock) {
        this.communities = communities;
        this.store = store;
        this.mongo = mongo;
        this.leadership = leadership;
        this.history = history;
        this.clock = clock;
    }

    /** Joins an open community at once, or asks to join one that admits by approval. */
    Membership join(Caller caller, String communityId) {
        CommunityView community = visible(caller, communityId);
        requireActive(community);
        if (community.isLeader(caller.memberId())) {
            throw new ConflictException("already-member", caller.memberId() + " leads " + communityId);
        }
        Membership membership = findOrNone(communityId, caller.memberId());
        switch (community.joinPolicy()) {
            case OPEN -> membership.join(clock.instant());
            case APPROVAL -> membership.request(clock.instant());
            case INVITE -> {
                if (membership.isNew() || membership.status().isEnded()) {
                    throw new RuleViolationException("invitation-required", communityId + " admits by invitation only");
                }
                membership.join(clock.instant()); // refuses with the reason the member is already in
            }
        }
        return save(membership);
    }

    /**
     * Invites a member. A proposed community may only invite co-leads: that is how it finds the two
     * co-leads its verification needs.
     */
    Membership invite(Caller caller, String communityId, String memberId, CommunityRole role) {
        CommunityView community = visible(caller, communityId);
        requireLeader(caller, community);
        if (role == CommunityRole.LEAD) {
            throw new RuleViolationException("lead-must-hand-over", "the lead role is only handed over");
        }
        if (role == CommunityRole.CO_LEAD) {
            requireLead(caller, community);
            if (!community.hasCoLeadSeat()) {
                throw new RuleViolationException("co-lead-limit", communityId + " has no co-lead seat left");
            }
        }
        boolean coLeadOfProposed = community.isProposed() && role == CommunityRole.CO_LEAD;
        if (!community.isActive() && !coLeadOfProposed) {
            throw notAcceptingMembers(community);
        }
        if (community.isLeader(memberId)) {
            throw new ConflictException("already-member", memberId + " leads " + communityId);
        }
        Membership membership = findOrNone(communityId, memberId);
        membership.invite(role, caller.memberId(), clock.instant());
        return save(membership);
    }

    Membership approve(Caller caller, String communityId, String memberId, @Nullable String ifMatch) {
        CommunityView community = visible(caller, communityId);
        requireLeader(caller, community);
        requireActive(community);
        Membership membership = current(communityId, memberId, ifMatch);
        membership.approve(caller.memberId(), clock.instant());
        return save(membership);
    }

    /** The leads decline a request or withdraw an invitation; the member withdraws or declines theirs. */
    Membership decline(Caller caller, String communityId, String memberId, @Nullable String ifMatch) {
        CommunityView community = communities.require(communityId);
        if (!caller.is(memberId)) {
            requireVisible(caller, community);
            requireLeader(caller, community);
        }
        Membership membership = current(communityId, memberId, ifMatch);
        membership.decline(caller.memberId(), clock.instant());
        save(membership);
        if (membership.role().isLeader()) {
            leadership.reconcile(communityId, caller.memberId());
        }
        return membership;
    }

    /**
     * The invitee accepts. An invited co-lead takes their seat in the community's leadership first,
     * then becomes active in that role: if the seats filled up meanwhile, nothing changes (422).
     */
    Membership accept(Caller caller, String communityId, String memberId, @Nullable String ifMatch) {
        if (!caller.is(memberId)) {
            throw new ForbiddenException(caller.memberId() + " cannot accept " + memberId + "'s invitation");
        }
        CommunityView community = communities.require(communityId);
        Membership membership = current(communityId, memberId, ifMatch);
        if (membership.invitedAs() == CommunityRole.CO_LEAD && (community.isActive() || community.isProposed())) {
            community = communities.appointCoLead(community, memberId);
        } else {
            requireActive(community);
        }
        membership.accept(community.roleOf(memberId), clock.instant());
        return save(membership);
    }

    /** The member leaves, or the leads remove them. The lead must hand over first. */
    Membership end(Caller caller, String communityId, String memberId, @Nullable String ifMatch) {
        CommunityView community = communities.require(communityId);
        boolean leaving = caller.is(memberId);
        if (!leaving) {
            requireVisible(caller, community);
            requireLeader(caller, community);
            if (community.roleOf(memberId) == CommunityRole.CO_LEAD) {
                requireLead(caller, community);
            }
        }
        if (community.isLead(memberId)) {
            throw new RuleViolationException("lead-must-hand-over", memberId + " leads " + communityId);
        }
        Membership membership = current(communityId, memberId, ifMatch);
        if (leaving) {
            membership.leave(clock.instant());
        } else {
            membership.remove(caller.memberId(), clock.instant());
        }
        save(membership);
        if (membership.role().isLeader() || community.isLeader(memberId)) {
            leadership.reconcile(communityId, caller.memberId());
        }
        return membership;
    }

    /**
     * Changes who leads: the lead appoints a co-lead, releases one, or hands the lead over (and takes
     * the new lead's former role); a co-lead may step down. Memberships follow at once.
     */
    Membership changeRole(
            Caller caller, String communityId, String memberId, CommunityRole role, @Nullable String ifMatch) {
        CommunityView community = visible(caller, communityId);
        Membership membership = current(communityId, memberId, ifMatch);
        if (!membership.isActive()) {
            throw new ConflictException("not-a-member", membership.id() + " is " + membership.status());
        }
        boolean steppingDown = caller.is(memberId) && role == CommunityRole.MEMBER;
        if (!steppingDown) {
            requireLead(caller, community);
        }
        switch (role) {
            case LEAD -> communities.handOverLead(community, memberId);
            case CO_LEAD -> communities.appointCoLead(community, memberId);
            case MEMBER -> communities.releaseCoLead(community, memberId);
        }
        leadership.reconcile(communityId, caller.memberId());
        return require(communityId, memberId);
    }

    Membership get(Caller caller, String communityId, String memberId) {
        requireMayRead(caller, communityId, memberId);
        return require(communityId, memberId);
    }

    CursorPage<MembershipHistoryEntry> history(Caller caller, String communityId, String memberId, PageRequest page) {
        requireMayRead(caller, communityId, memberId);
        return history.of(require(communityId, memberId).id(), page);
    }

    /**
     * A community's memberships in one status, longest-standing first. Members see who else is in;
     * only its leads and region admins see pending requests, invitations and past members.
     */
    CursorPage<Membership> ofCommunity(Caller caller, String communityId, MembershipStatus status, PageRequest page) {
        CommunityView community = visible(caller, communityId);
        boolean mayRead = community.isAdministeredBy(caller)
                || (status == MembershipStatus.ACTIVE && isActiveMember(communityId, caller.memberId()));
        if (!mayRead) {
            throw new ForbiddenException(caller.memberId() + " may not list " + status + " of " + communityId);
        }
        return Keyset.page(
                mongo,
                Criteria.where("communityId").is(communityId).and("status").is(status),
                "since",
                Sort.Direction.ASC,
                page,
                Membership.class,
                Membership::since,
                Membership::id);
    }

    /** The caller's own memberships in one status, most recent first. */
    CursorPage<Membership> ofCaller(Caller caller, MembershipStatus status, PageRequest page) {
        return Keyset.page(
                mongo,
                Criteria.where("memberId").is(caller.memberId()).and("status").is(status),
                "since",
                Sort.Direction.DESC,
                page,
                Membership.class,
                Membership::since,
                Membership::id);
    }

    Map<String, CommunityView> communitiesOf(CursorPage<Membership> page) {
        return communities.findAll(
                page.items().stream().map(Membership::communityId).toList());
    }

    private void requireMayRead(Caller caller, String communityId, String memberId) {
        if (caller.is(memberId)) {
            return;
        }
        CommunityView community = visible(caller, communityId);
        if (!community.isAdministeredBy(caller) && !isActiveMember(communityId, caller.memberId())) {
            throw new ForbiddenException(caller.memberId() + " is not in community " + communityId);
        }
    }

    private boolean isActiveMember(String communityId, String memberId) {
        return store.findById(Membership.idOf(communityId, memberId), Membership.class)
                .map(Membership::isActive)
                .orElse(false);
    }

    private CommunityView visible(Caller caller, String communityId) {
        CommunityView community = communities.require(communityId);
        requireVisible(caller, community);
        return community;
    }

    private static void requireVisible(Caller caller, CommunityView community) {
        if (!community.visibleTo(caller)) {
            throw new NotFoundException("community", community.id());
        }
    }

    private static void requireLeader(Caller caller, CommunityView community) {
        if (!community.isLeader(caller.memberId())) {
            throw new ForbiddenException(caller.memberId() + " does not lead " + community.id());
        }
    }

    private static void requireLead(Caller caller, CommunityView community) {
        if (!community.isLead(caller.memberId())) {
            throw new ForbiddenException(caller.memberId() + " is not the lead of " + community.id());
        }
    }

    private static void requireActive(CommunityView community) {
        if (!community.isActive()) {
            throw notAcceptingMembers(community);
        }
    }

    private static ConflictException notAcceptingMembers(CommunityView community) {
        return new ConflictException(
                "community-not-accepting-members",
                "community %s is %s".formatted(community.id(), community.status()),
                community.status().name());
    }

    private Membership current(String communityId, String memberId, @Nullable String ifMatch) {
        Membership membership = require(communityId, memberId);
        Versions.checkIfMatch(ifMatch, membership.version(), "membership", membership.id());
        return membership;
    }

    private Membership require(String communityId, String memberId) {
        String id = Membership.idOf(communityId, memberId);
        return store.findById(id, Membership.class).orElseThrow(() -> new NotFoundException("membership", id));
    }

    private Membership findOrNone(String communityId, String memberId) {
        return store.findById(Membership.idOf(communityId, memberId), Membership.class)
                .orElseGet(() -> Membership.none(communityId, memberId));
    }

    private Membership save(Membership membership) {
        return membership.version() == 0 ? store.insert(membership) : store.update(membership);
    }
}
