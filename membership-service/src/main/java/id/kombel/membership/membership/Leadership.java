package id.kombel.membership.membership;

import id.kombel.membership.community.Communities;
import id.kombel.membership.community.CommunityRole;
import id.kombel.membership.community.CommunityView;
import id.kombel.platform.events.AggregateStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps memberships in line with their community's leadership. The community decides who leads (one
 * atomic write guards "exactly one lead" and the co-lead count); memberships follow:
 *
 * <ul>
 *   <li>the lead and the co-leads with an active membership get that role, and the lead gets a
 *       membership when the community was just proposed;
 *   <li>active members who lead no more become plain members;
 *   <li>a co-lead whose membership ended (left, removed, declined) is released from the leadership.
 * </ul>
 *
 * <p>A change that touches a community and a membership is two writes (MongoDB transactions are not
 * available everywhere). So this runs right after such a change, for an immediate answer, and again
 * from the events of the first write ({@link MembershipEvents}), which the outbox never loses: a crash
 * between the writes is repaired when the service is back. It compares current states only, so running
 * it twice, late or concurrently changes nothing more.
 */
@Component
class Leadership {

    private static final Logger log = LoggerFactory.getLogger(Leadership.class);
    private static final int ATTEMPTS = 3;

    private final Communities communities;
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;

    Leadership(Communities communities, AggregateStore store, MongoTemplate mongo, Clock clock) {
        this.communities = communities;
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Brings the community's memberships in line with its leadership.
     *
     * @param by who changed the leadership, when known
     */
    void reconcile(String communityId, @Nullable String by) {
        for (int attempt = 1; ; attempt++) {
            try {
                reconcileOnce(communityId, by);
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("community {} changed while reconciling, again: {}", communityId, e.getMessage());
            }
        }
    }

    /** A co-lead whose membership ended must leave the leadership too. */
    boolean isAffectedBy(MembershipEvent event) {
        return event.role().isLeader()
                && (event instanceof MemberLeft
                        || event instanceof MemberRemoved
                        || event instanceof MembershipDeclined);
    }

    private void reconcileOnce(String communityId, @Nullable String by) {
        Optional<CommunityView> found = communities.find(communityId);
        if (found.isEmpty()) {
            return;
        }
        CommunityView community = found.get();
        follow(community, community.leadId(), by);
        for (String coLead : community.coLeadIds()) {
            if (!follow(community, coLead, by)) {
                community = communities.releaseCoLead(community, coLead);
            }
        }
        for (Membership stale : activeLeaders(communityId)) {
            CommunityRole role = community.roleOf(stale.memberId());
            if (stale.assumeRole(role, by)) {
                store.update(stale);
            }
        }
    }

    /**
     * Gives a member of the leadership their role.
     *
     * @return false when their membership ended, so they lead no more
     */
    private boolean follow(CommunityView community, String memberId, @Nullable String by) {
        CommunityRole role = community.roleOf(memberId);
        Optional<Membership> found = store.findById(Membership.idOf(community.id(), memberId), Membership.class);
        if (found.isEmpty()) {
            if (role == CommunityRole.LEAD) {
                store.insert(Membership.founder(community.id(), memberId, clock.instant()));
                return true;
            }
            return false;
        }
        Membership membership = found.get();
        if (membership.status().isEnded()) {
            if (role == CommunityRole.LEAD) {
                // a lead cannot leave or be removed; only a hand-over racing the new lead's leaving
                // ends here, and a person has to pick the next lead
                log.warn("lead {} of community {} has an ended membership", memberId, community.id());
                return true;
            }
            return false;
        }
        if (membership.assumeRole(role, by)) {
            store.update(membership);
        }
        return true;
    }

    private List<Membership> activeLeaders(String communityId) {
        return new ArrayList<>(mongo.find(
                new Query(Criteria.where("communityId")
                        .is(communityId)
                        .and("status")
                        .is(MembershipStatus.ACTIVE)
                        .and("role")
                        .in(CommunityRole.LEAD, CommunityRole.CO_LEAD)),
                Membership.class));
    }
}
