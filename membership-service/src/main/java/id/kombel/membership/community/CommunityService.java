package id.kombel.membership.community;

import id.kombel.membership.region.RegionView;
import id.kombel.membership.region.Regions;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.RuleViolationException;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Community use cases: who may do what to which community. The rules live in {@link Community}. */
@Service
class CommunityService {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Regions regions;
    private final Clock clock;

    CommunityService(AggregateStore store, MongoTemplate mongo, Regions regions, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.regions = regions;
        this.clock = clock;
    }

    Community propose(Caller caller, ProposeCommunityRequest request) {
        if (regions.find(request.regionId()).isEmpty()) {
            throw new RuleViolationException(
                    "unknown-region", "region " + request.regionId() + " does not exist", request.regionId());
        }
        return store.insert(Community.propose(
                UUID.randomUUID().toString(),
                request.regionId(),
                request.type(),
                request.details(),
                caller.memberId(),
                clock.instant()));
    }

    Community get(Caller caller, String communityId) {
        return visible(caller, communityId);
    }

    CursorPage<Community> list(Caller caller, CommunityFilter filter, PageRequest page) {
        if (filter.isPrivate()
                && !caller.isPlatformAdmin()
                && (filter.regionId() == null || !caller.administers(filter.regionId()))) {
            throw new ForbiddenException(caller.memberId() + " may not list " + filter.status() + " communities");
        }
        return Keyset.page(
                mongo,
                filter.criteria(),
                "nameKey",
                Sort.Direction.ASC,
                page,
                Community.class,
                Community::nameKey,
                Community::id);
    }

    Community update(Caller caller, String communityId, @Nullable String ifMatch, UpdateCommunityRequest request) {
        Community community = visible(caller, communityId);
        if (!community.roleOf(caller.memberId()).isLeader()) {
            throw new ForbiddenException(caller.memberId() + " does not lead community " + communityId);
        }
        Versions.checkIfMatch(ifMatch, community.version(), "community", communityId);
        return community.update(request.details(), clock.instant()) ? store.update(community) : community;
    }

    Community verify(Caller caller, String communityId, @Nullable String ifMatch) {
        Community community = administered(caller, communityId, ifMatch);
        community.verify(caller.memberId(), clock.instant());
        return store.update(community);
    }

    Community reject(Caller caller, String communityId, @Nullable String ifMatch, String reason) {
        Community community = administered(caller, communityId, ifMatch);
        community.reject(caller.memberId(), reason.strip(), clock.instant());
        return store.update(community);
    }

    /** The lead may archive their community, and so may its region's admins. */
    Community archive(Caller caller, String communityId, @Nullable String ifMatch) {
        Community community = visible(caller, communityId);
        if (!community.leadId().equals(caller.memberId()) && !caller.administers(community.regionId())) {
            throw new ForbiddenException(caller.memberId() + " may not archive community " + communityId);
        }
        Versions.checkIfMatch(ifMatch, community.version(), "community", communityId);
        community.archive(caller.memberId(), clock.instant());
        return store.update(community);
    }

    /** The zone the community's meetings are read in: its region's. */
    @Nullable
    ZoneId zoneOf(String regionId) {
        return regions.find(regionId).map(RegionView::zone).orElse(null);
    }

    Clock clock() {
        return clock;
    }

    /** Verification is the region admin's decision alone: anyone else is refused outright. */
    private Community administered(Caller caller, String communityId, @Nullable String ifMatch) {
        Community community = find(communityId);
        if (!caller.administers(community.regionId())) {
            throw new ForbiddenException(caller.memberId() + " does not administer region " + community.regionId());
        }
        Versions.checkIfMatch(ifMatch, community.version(), "community", communityId);
        return community;
    }

    private Community visible(Caller caller, String communityId) {
        Community community = find(communityId);
        if (!CommunityView.of(community).visibleTo(caller)) {
            throw new CommunityNotFoundException(communityId);
        }
        return community;
    }

    private Community find(String communityId) {
        return store.findById(communityId, Community.class)
                .orElseThrow(() -> new CommunityNotFoundException(communityId));
    }
}
