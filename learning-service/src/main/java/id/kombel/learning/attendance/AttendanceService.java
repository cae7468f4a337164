package id.kombel.learning.attendance;

import id.kombel.learning.activity.Activities;
import id.kombel.learning.activity.Activity;
import id.kombel.learning.registration.AttendanceMethod;
import id.kombel.learning.registration.Registration;
import id.kombel.learning.registration.RegistrationStatus;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Check-in, marking and the attendance report. */
@Service
class AttendanceService {

    /** Members may check in this long before the start (arriving early, setting up a call). */
    static final Duration GRACE_BEFORE_START = Duration.ofMinutes(15);

    /**
     * Wrong codes a registrant may enter before their check-in is locked (the facilitator can still
     * mark them): with a million codes and two valid at a time, guessing stays hopeless.
     */
    static final int MAX_WRONG_CODES = 5;

    /** Kept on the registration document outside its mapped state: a wrong code is not a change of it. */
    private static final String WRONG_CODES = "wrongCheckInCodes";

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Activities activities;
    private final CheckInCodes codes;
    private final Clock clock;

    AttendanceService(
            AggregateStore store, MongoTemplate mongo, Activities activities, CheckInCodes codes, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.activities = activities;
        this.codes = codes;
        this.clock = clock;
    }

    CheckInCodes.CheckInCode currentCode(Caller caller, String activityId) {
        Activity activity = activities.requireLed(caller, activityId);
        requirePublished(activity);
        return codes.current(activity, clock.instant());
    }

    Registration checkIn(Caller caller, String activityId, String code) {
        Activity activity = activities.requireVisible(caller, activityId);
        Registration registration = registration(activityId, caller.memberId());
        requireConfirmed(registration);
        Instant now = clock.instant();
        requireRunning(activity, now);
        // A guess is paid for before it is judged, in one conditional update: guesses sent side by
        // side cannot all pass a check made before any of them was counted.
        if (!takeGuess(registration)) {
            throw new ConflictException(
                    "check-in-locked", "registration %s entered too many wrong codes".formatted(registration.id()));
        }
        if (!codes.accepts(activity, code, now)) {
            throw new RuleViolationException("invalid-check-in-code", "wrong or expired code for " + registration.id());
        }
        giveGuessBack(registration);
        return record(registration, AttendanceMethod.CHECK_IN, caller.memberId(), now);
    }

    Registration mark(Caller caller, String activityId, String memberId) {
        Activity activity = activities.requireLed(caller, activityId);
        requirePublished(activity);
        Instant now = clock.instant();
        if (now.isBefore(activity.startsAt().minus(GRACE_BEFORE_START))) {
            throw new ConflictException("check-in-closed", "activity %s has not begun".formatted(activityId));
        }
        Registration registration = registration(activityId, memberId);
        requireConfirmed(registration);
        return record(registration, AttendanceMethod.MARKED, caller.memberId(), now);
    }

    Registration unmark(Caller caller, String activityId, String memberId) {
        Activity activity = activities.requireLed(caller, activityId);
        requirePublished(activity);
        Registration registration = registration(activityId, memberId);
        return registration.withdrawAttendance() ? store.update(registration) : registration;
    }

    AttendanceReport report(Caller caller, String activityId, PageRequest page) {
        Activity activity = activities.requireLed(caller, activityId);
        Criteria confirmed =
                Criteria.where("activityId").is(activityId).and("status").is(RegistrationStatus.CONFIRMED);
        long confirmedCount = mongo.count(Query.query(confirmed), Registration.class);
        long attendedCount = mongo.count(
                Query.query(Criteria.where("activityId")
                        .is(activityId)
                        .and("status")
                        .is(RegistrationStatus.CONFIRMED)
                        .and("attendedAt")
                        .ne(null)),
                Registration.class);
        CursorPage<Registration> registrations = Keyset.page(
                mongo,
                confirmed,
                "_id",
                Sort.Direction.ASC,
                page,
                Registration.class,
                Registration::id,
                Registration::id);
        return AttendanceReport.of(activity, confirmedCount, attendedCount, registrations);
    }

    private Registration record(Registration registration, AttendanceMethod method, String by, Instant now) {
        return registration.recordAttendance(method, by, now) ? store.update(registration) : registration;
    }

    private Registration registration(String activityId, String memberId) {
        return store.findById(Registration.idOf(activityId, memberId), Registration.class)
                .orElseThrow(() -> new NotFoundException("registration", memberId));
    }

    /** Counts one more guess unless {@link #MAX_WRONG_CODES} were counted; false when locked. */
    private boolean takeGuess(Registration registration) {
        Document underLimit = new Document("_id", registration.id())
                .append(
                        "$or",
                        List.of(
                                new Document(WRONG_CODES, new Document("$exists", false)),
                                new Document(WRONG_CODES, new Document("$lt", MAX_WRONG_CODES))));
        return mongo.getCollection(Registration.COLLECTION)
                        .updateOne(underLimit, new Document("$inc", new Document(WRONG_CODES, 1)))
                        .getModifiedCount()
                == 1;
    }

    /** A right code was not a wrong guess. */
    private void giveGuessBack(Registration registration) {
        mongo.getCollection(Registration.COLLECTION)
                .updateOne(new Document("_id", registration.id()), new Document("$inc", new Document(WRONG_CODES, -1)));
    }

    private static void requireConfirmed(Registration registration) {
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new ConflictException(
                    "registration-not-confirmed",
                    "registration %s is %s".formatted(registration.id(), registration.status()));
        }
    }

    private static void requirePublished(Activity activity) {
        if (!activity.isPublished()) {
            throw new ConflictException(
                    "activity-not-published",
                    "activity %s is %s".formatted(activity.id(), activity.status()),
                    activity.status().name());
        }
    }

    /** Check-in is open from a little before the start until the end of a published activity. */
    private static void requireRunning(Activity activity, Instant now) {
        if (!activity.isPublished()
                || now.isBefore(activity.startsAt().minus(GRACE_BEFORE_START))
                || now.isAfter(activity.endsAt())) {
            throw new ConflictException(
                    "check-in-closed", "check-in for %s is closed at %s".formatted(activity.id(), now));
        }
    }
}
