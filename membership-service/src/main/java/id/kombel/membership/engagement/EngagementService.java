package id.kombel.membership.engagement;

import com.mongodb.client.model.Filters;
import id.kombel.membership.member.MemberRegions;
import id.kombel.membership.membership.CoMembers;
import id.kombel.membership.region.RegionView;
import id.kombel.membership.region.Regions;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Engagement profiles: the member's own, and a co-member's when that member shares it. Anyone else
 * asking gets 404, exactly as for a member who does not exist, so nothing leaks.
 */
@Service
class EngagementService {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private final EngagementFacts facts;
    private final MongoTemplate mongo;
    private final MemberRegions memberRegions;
    private final Regions regions;
    private final CoMembers coMembers;
    private final Clock clock;

    EngagementService(
            EngagementFacts facts,
            MongoTemplate mongo,
            MemberRegions memberRegions,
            Regions regions,
            CoMembers coMembers,
            Clock clock) {
        this.facts = facts;
        this.mongo = mongo;
        this.memberRegions = memberRegions;
        this.regions = regions;
        this.coMembers = coMembers;
        this.clock = clock;
    }

    EngagementProfile mine(Caller caller) {
        return profile(caller.memberId(), sharing(caller.memberId()));
    }

    EngagementProfile of(Caller caller, String memberId) {
        if (caller.is(memberId)) {
            return mine(caller);
        }
        EngagementSharing sharing = sharing(memberId);
        if (!sharing.shared() || !coMembers.shareACommunity(caller.memberId(), memberId)) {
            throw new NotFoundException("engagement", memberId);
        }
        return profile(memberId, sharing);
    }

    EngagementSharing sharing(String memberId) {
        EngagementSharing stored = mongo.findById(memberId, EngagementSharing.class);
        return stored != null ? stored : EngagementSharing.notShared(memberId);
    }

    /** Sets sharing on the version the client read (If-Match), or on whatever is current without it. */
    EngagementSharing share(Caller caller, @Nullable String ifMatch, boolean shared) {
        EngagementSharing current = sharing(caller.memberId());
        Versions.checkIfMatch(ifMatch, current.version(), "engagement-sharing", caller.memberId());
        EngagementSharing next = new EngagementSharing(caller.memberId(), shared, current.version() + 1);
        if (current.version() == 0) {
            try {
                mongo.insert(next);
                return next;
            } catch (DuplicateKeyException concurrentFirstWrite) {
                throw new OptimisticLockingFailureException("sharing of " + caller.memberId() + " changed");
            }
        }
        org.bson.Document replacement = new org.bson.Document();
        mongo.getConverter().write(next, replacement);
        long matched = mongo.getCollection("engagement_sharing")
                .replaceOne(
                        Filters.and(Filters.eq("_id", caller.memberId()), Filters.eq("version", current.version())),
                        replacement)
                .getMatchedCount();
        if (matched == 0) {
            throw new OptimisticLockingFailureException("sharing of " + caller.memberId() + " changed");
        }
        return next;
    }

    private EngagementProfile profile(String memberId, EngagementSharing sharing) {
        Map<FactKind, EngagementFacts.Totals> totals = facts.totals(memberId);
        Streak streak = Streak.of(facts.participationsNewestFirst(memberId), zoneOf(memberId), clock.instant());
        return new EngagementProfile(
                memberId,
                streak,
                EngagementProfile.Learning.ofJp(jp(totals, FactKind.LEARNING_HOURS)),
                new EngagementProfile.Solutions(
                        count(totals, FactKind.SOLUTION_PROPOSED), count(totals, FactKind.SOLUTION_ACCEPTED)),
                count(totals, FactKind.APPRECIATION_RECEIVED),
                sharing.shared());
    }

    private ZoneId zoneOf(String memberId) {
        return memberRegions
                .regionOf(memberId)
                .flatMap(regions::find)
                .map(RegionView::zone)
                .orElse(DEFAULT_ZONE);
    }

    private static long count(Map<FactKind, EngagementFacts.Totals> totals, FactKind kind) {
        EngagementFacts.Totals total = totals.get(kind);
        return total == null ? 0 : total.count();
    }

    private static long jp(Map<FactKind, EngagementFacts.Totals> totals, FactKind kind) {
        EngagementFacts.Totals total = totals.get(kind);
        return total == null ? 0 : total.jp();
    }
}
