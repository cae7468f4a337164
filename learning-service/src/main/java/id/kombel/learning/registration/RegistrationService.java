package id.kombel.learning.registration;

import id.kombel.learning.activity.Activities;
import id.kombel.learning.activity.Activity;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Registration use cases. Seats are counted by {@link SeatLedger} and settled by {@link Seats}. */
@Service
class RegistrationService {

    /** Which of the member's registrations the schedule shows. */
    enum When {
        UPCOMING,
        PAST
    }

    private static final List<RegistrationStatus> ON_SCHEDULE =
            List.of(RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Activities activities;
    private final Seats seats;
    private final SeatLedger ledger;
    private final Clock clock;

    RegistrationService(
            AggregateStore store,
            MongoTemplate mongo,
            Activities activities,
            Seats seats,
            SeatLedger ledger,
            Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.activities = activities;
        this.seats = seats;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Registers the caller: members of the activity's community, or anyone when it is open to other
     * communities (others do not see it: 404). A pending registration left by a crashed attempt is
     * settled now; an active one is a conflict; a cancelled one registers again.
     */
    Registration register(Caller caller, String activityId) {
        Activity activity = activities.requireVisible(caller, activityId);
        requireOpenForRegistration(activity);
        Optional<Registration> existing =
                store.findById(Registration.idOf(activityId, caller.memberId()), Registration.class);
        Registration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            if (registration.status() == RegistrationStatus.PENDING) {
                return seats.settle(registration, activity);
            }
            registration.reopen(activity, clock.instant());
            registration = store.update(registration);
        } else {
            try {
                registration = store.insert(Registration.request(activity, caller.memberId(), clock.instant()));
            } catch (DuplicateKeyException concurrentDuplicate) {
                throw Registration.alreadyRegistered();
            }
        }
        return seats.settle(registration, activity);
    }

    /** The member cancels before the activity starts; their seat goes to the first on the waitlist. */
    Registration cancel(Caller caller, String activityId) {
        Registration registration = own(caller, activityId);
        if (!registration.status().isActive()) {
            throw new ConflictException("not-registered", "registration %s is cancelled".formatted(registration.id()));
        }
        if (!clock.instant().isBefore(registration.startsAt())) {
            throw new ConflictException("registration-closed", "activity %s has started".formatted(activityId));
        }
        registration.cancel(CancellationReason.MEMBER_CANCELLED, clock.instant());
        Registration cancelled = store.update(registration);
        seats.released(cancelled);
        return cancelled;
    }

    Registration own(Caller caller, String activityId) {
        return store.findById(Registration.idOf(activityId, caller.memberId()), Registration.class)
                .orElseThrow(() -> new NotFoundException("registration", activityId));
    }

    /** 1 for the next to be promoted; null unless waitlisted. */
    @Nullable
    Integer position(Registration registration) {
        Long seq = registration.waitlistSeq();
        if (registration.status() != RegistrationStatus.WAITLISTED || seq == null) {
            return null;
        }
        return seats.waitingBefore(registration.activityId(), seq) + 1;
    }

    /** An activity's registrations in one status, for its leads: the waitlist in its order, others by id. */
    CursorPage<Registration> ofActivity(Caller caller, String activityId, RegistrationStatus status, PageRequest page) {
        activities.requireLed(caller, activityId);
        Criteria filter =
                Criteria.where("activityId").is(activityId).and("status").is(status);
        if (status == RegistrationStatus.WAITLISTED) {
            return Keyset.page(
                    mongo,
                    filter,
                    "waitlistSeq",
                    Sort.Direction.ASC,
                    page,
                    Registration.class,
                    Registration::waitlistSeq,
                    Registration::id);
        }
        return Keyset.page(
                mongo, filter, "_id", Sort.Direction.ASC, page, Registration.class, Registration::id, Registration::id);
    }

    /** The caller's schedule: registrations still active, of activities not over yet (or over). */
    CursorPage<Registration> schedule(Caller caller, When when, PageRequest page) {
        boolean upcoming = when == When.UPCOMING;
        Criteria filter = Criteria.where("memberId")
                .is(caller.memberId())
                .and("status")
                .in(ON_SCHEDULE)
                .and("endsAt");
        filter = upcoming ? filter.gt(clock.instant()) : filter.lte(clock.instant());
        return Keyset.page(
                mongo,
                filter,
                "endsAt",
                upcoming ? Sort.Direction.ASC : Sort.Direction.DESC,
                page,
                Registration.class,
                Registration::endsAt,
                Registration::id);
    }

    SeatsResponse seatsOf(Caller caller, String activityId) {
        Activity activity = activities.requireVisible(caller, activityId);
        long waiting = mongo.count(
                Query.query(Criteria.where("activityId")
                        .is(activityId)
                        .and("status")
                        .is(RegistrationStatus.WAITLISTED)),
                Registration.class);
        return ledger.state(activityId)
                .map(state -> new SeatsResponse(
                        activity.capacity(), state.holders().size(), Math.max(0, state.free()), waiting))
                .orElse(new SeatsResponse(activity.capacity(), 0, activity.capacity(), waiting));
    }

    private void requireOpenForRegistration(Activity activity) {
        if (!activity.isPublished() || !clock.instant().isBefore(activity.endsAt())) {
            throw new ConflictException(
                    "registration-closed", "activity %s is %s".formatted(activity.id(), activity.status()));
        }
    }
}
