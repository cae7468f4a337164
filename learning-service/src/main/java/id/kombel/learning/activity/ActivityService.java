package id.kombel.learning.activity;

import id.kombel.membership.replica.Communities;
import id.kombel.membership.replica.CommunityReplica;
import id.kombel.membership.replica.CommunityRole;
import id.kombel.membership.replica.Memberships;
import id.kombel.membership.replica.Regions;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.RuleViolationException;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Activity use cases: who may do what to which activity. The rules live in {@link Activity}. */
@Service
class ActivityService {

    /** Which of a community's activities a list shows: those not yet over, or those over. */
    enum When {
        UPCOMING,
        PAST
    }

    private static final List<ActivityStatus> SEEN_BY_MEMBERS =
            List.of(ActivityStatus.PUBLISHED, ActivityStatus.CANCELLED, ActivityStatus.COMPLETED);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Activities activities;
    private final Communities communities;
    private final Memberships memberships;
    private final Regions regions;
    private final SeatCapacity seats;
    private final Clock clock;

    ActivityService(
            AggregateStore store,
            MongoTemplate mongo,
            Activities activities,
            Communities communities,
            Memberships memberships,
            Regions regions,
            SeatCapacity seats,
            Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.activities = activities;
        this.communities = communities;
        this.memberships = memberships;
        this.regions = regions;
        this.seats = seats;
        this.clock = clock;
    }

    Activity create(Caller caller, String communityId, ActivityRequest request) {
        memberships.requireLead(caller, communityId);
        CommunityReplica community = communities.require(communityId);
        if (!community.isActive()) {
            throw new ConflictException(
                    "community-not-active", "community %s is %s".formatted(communityId, community.status()));
        }
        ZoneId zone = regions.zoneOf(community.regionId());
        if (request.occurrences() == 1) {
            return store.insert(Activity.draft(
                    UUID.randomUUID().toString(),
                    communityId,
                    community.regionId(),
                    zone,
                    request.details(zone),
                    caller.memberId(),
                    clock.instant()));
        }
        return createSeries(caller, community, zone, request);
    }

    /**
     * A recurring routine meeting: every occurrence is checked first, then each is inserted as a draft
     * of its own (a bounded number, one write each). A client that retries after a failure resends its
     * Idempotency-Key and gets the first answer.
     */
    private Activity createSeries(Caller caller, CommunityReplica community, ZoneId zone, ActivityRequest request) {
        String seriesId = UUID.randomUUID().toString();
        List<Activity> occurrences = new ArrayList<>();
        for (int i = 0; i < request.occurrences(); i++) {
            occurrences.add(Activity.draftOccurrence(
                    UUID.randomUUID().toString(),
                    seriesId,
                    i + 1,
                    community.id(),
                    community.regionId(),
                    zone,
                    request.details(zone, i),
                    caller.memberId(),
                    clock.instant()));
        }
        occurrences.forEach(store::insert);
        return occurrences.get(0);
    }

    Activity get(Caller caller, String activityId) {
        return activities.requireVisible(caller, activityId);
    }

    Activity update(Caller caller, String activityId, @Nullable String ifMatch, ActivityRequest request) {
        Activity activity = activities.requireLed(caller, activityId);
        Versions.checkIfMatch(ifMatch, activity.version(), "activity", activityId);
        requireCommunityActive(activity.communityId());
        if (request.recurrence() != null) {
            throw new RuleViolationException("recurrence-not-allowed", "an occurrence is changed on its own");
        }
        int capacityBefore = activity.capacity();
        ActivityDetails details = request.details(activity.zone());
        activity.update(details, clock.instant());
        lowerSeats(activity, capacityBefore);
        try {
            return store.update(activity);
        } catch (RuntimeException notStored) {
            // the seats were lowered for a change that did not happen: back to the stored capacity
            activities.find(activityId).ifPresent(stored -> seats.follow(activityId, stored.capacity()));
            throw notStored;
        }
    }

    /**
     * A capacity below the seats already confirmed is refused: nobody is unseated, and "free seats" never
     * go negative. The seats are lowered first, in one conditional write on the seat ledger, so a
     * registration racing with the change either took its seat before (and the change is refused) or
     * finds the lower capacity (and waits): seats are never sold beyond the new capacity.
     */
    private void lowerSeats(Activity activity, int capacityBefore) {
        if (activity.capacity() >= capacityBefore || activity.status() != ActivityStatus.PUBLISHED) {
            return; // only a published activity takes registrations
        }
        int held = seats.lowerTo(activity.id(), capacityBefore, activity.capacity());
        if (held >= 0) {
            throw new RuleViolationException(
                    "capacity-below-confirmed",
                    "activity %s has %d seats taken, capacity %d asked"
                            .formatted(activity.id(), held, activity.capacity()),
                    held,
                    activity.capacity());
        }
    }

    Activity publish(Caller caller, String activityId, @Nullable String ifMatch) {
        Activity activity = activities.requireLed(caller, activityId);
        Versions.checkIfMatch(ifMatch, activity.version(), "activity", activityId);
        requireCommunityActive(activity.communityId());
        activity.publish(clock.instant());
        return store.update(activity);
    }

    Activity cancel(Caller caller, String activityId, @Nullable String ifMatch, String reason) {
        Activity activity = activities.requireLed(caller, activityId);
        Versions.checkIfMatch(ifMatch, activity.version(), "activity", activityId);
        activity.cancel(reason, caller.memberId(), clock.instant());
        return store.update(activity);
    }

    /** Completing twice is answered like the first time and credits nobody again. */
    Activity complete(Caller caller, String activityId) {
        Activity activity = activities.requireLed(caller, activityId);
        return activity.complete(caller.memberId(), clock.instant()) ? store.update(activity) : activity;
    }

    /**
     * A community's activities: leads see drafts too, members every published, cancelled or completed
     * one, members of other communities only those open to them. Unknown community: 404.
     */
    CursorPage<Activity> ofCommunity(Caller caller, String communityId, When when, PageRequest page) {
        communities.require(communityId);
        Optional<CommunityRole> role = memberships.roleOf(communityId, caller.memberId());
        Criteria filter = Criteria.where("communityId").is(communityId);
        if (role.isEmpty()) {
            filter = filter.and("openToOtherCommunities").is(true).and("status").in(SEEN_BY_MEMBERS);
        } else if (!role.get().isLeader()) {
            filter = filter.and("status").in(SEEN_BY_MEMBERS);
        }
        return page(filter, when, page);
    }

    /** Published activities of a region open to members of any community, soonest first. */
    CursorPage<Activity> openInRegion(String regionId, PageRequest page) {
        Criteria filter = Criteria.where("regionId")
                .is(regionId)
                .and("openToOtherCommunities")
                .is(true)
                .and("status")
                .is(ActivityStatus.PUBLISHED);
        return page(filter, When.UPCOMING, page);
    }

    private CursorPage<Activity> page(Criteria filter, When when, PageRequest page) {
        boolean upcoming = when == When.UPCOMING;
        Criteria timed = upcoming
                ? filter.and("endsAt").gt(clock.instant())
                : filter.and("endsAt").lte(clock.instant());
        return Keyset.page(
                mongo,
                timed,
                "endsAt",
                upcoming ? Sort.Direction.ASC : Sort.Direction.DESC,
                page,
                Activity.class,
                Activity::endsAt,
                Activity::id);
    }

    private void requireCommunityActive(String communityId) {
        CommunityReplica community = communities.require(communityId);
        if (!community.isActive()) {
            throw new ConflictException(
                    "community-not-active", "community %s is %s".formatted(communityId, community.status()));
        }
    }

    Clock clock() {
        return clock;
    }
}
