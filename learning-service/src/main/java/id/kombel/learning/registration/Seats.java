package id.kombel.learning.registration;

import id.kombel.learning.activity.Activities;
import id.kombel.learning.activity.Activity;
import id.kombel.learning.activity.ActivityStatus;
import id.kombel.platform.events.AggregateStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Brings registrations in line with the seat ledger. Seats are taken and given back in the ledger
 * first (one atomic write each), then the registration records the outcome (a second write). A crash
 * between the two leaves the ledger right and the registration behind, and {@link #reconcile} puts it
 * right: a holder whose registration is not confirmed is confirmed (or, if cancelled, its seat is given
 * back); free seats go to the waitlist in order. It compares current states only, so running it twice,
 * late or concurrently changes nothing more. It runs after every cancellation and capacity change, and
 * again from this service's own events, which are never lost.
 */
@Component
class Seats {

    private static final Logger log = LoggerFactory.getLogger(Seats.class);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final SeatLedger ledger;
    private final Activities activities;
    private final Clock clock;

    Seats(AggregateStore store, MongoTemplate mongo, SeatLedger ledger, Activities activities, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.ledger = ledger;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * Settles a pending registration: a seat if the ledger gives one, the waitlist otherwise; cancelled
     * if its activity was cancelled meanwhile. Safe to repeat: a seat already held is kept, not taken
     * again.
     */
    Registration settle(Registration registration, Activity activity) {
        if (registration.status() != RegistrationStatus.PENDING) {
            return registration;
        }
        try {
            if (activity.status() == ActivityStatus.CANCELLED) {
                registration.cancel(CancellationReason.ACTIVITY_CANCELLED, clock.instant());
                return store.update(registration);
            }
            ledger.open(activity.id(), activity.capacity());
            if (ledger.holds(activity.id(), registration.id()) || ledger.claim(activity.id(), registration.id())) {
                registration.confirm(clock.instant());
                return store.update(registration);
            }
            long seq = ledger.nextWaitlistSeq(activity.id());
            registration.waitlist(seq, waitingBefore(activity.id(), seq) + 1);
            return store.update(registration);
        } catch (OptimisticLockingFailureException settledElsewhere) {
            // the repair sweep or a retry settled it at the same moment, the same way
            return store.findById(registration.id(), Registration.class).orElse(registration);
        }
    }

    /** Repairs the activity's registrations against its ledger and gives free seats to the waitlist. */
    void reconcile(String activityId) {
        Optional<Activity> found = activities.find(activityId);
        if (found.isEmpty() || found.get().status() != ActivityStatus.PUBLISHED) {
            return; // seats only matter while registration is open
        }
        Activity activity = found.get();
        ledger.open(activityId, activity.capacity());
        ledger.resize(activityId, activity.capacity());
        SeatLedger.State state = ledger.state(activityId).orElseThrow();
        for (Registration holder : holdersNotConfirmed(state.holders())) {
            if (holder.status() == RegistrationStatus.CANCELLED) {
                ledger.release(activityId, holder.id());
            } else {
                confirm(holder);
            }
        }
        promoteWaitlist(activityId);
    }

    /** The member left: their seat goes back, then to the first on the waitlist. */
    void released(Registration cancelled) {
        ledger.release(cancelled.activityId(), cancelled.id());
        reconcile(cancelled.activityId());
    }

    /** Places before {@code seq} still waiting: the position is one more. */
    int waitingBefore(String activityId, long seq) {
        return (int) mongo.count(
                Query.query(Criteria.where("activityId")
                        .is(activityId)
                        .and("status")
                        .is(RegistrationStatus.WAITLISTED)
                        .and("waitlistSeq")
                        .lt(seq)),
                Registration.class);
    }

    private void promoteWaitlist(String activityId) {
        while (true) {
            Query first = Query.query(Criteria.where("activityId")
                            .is(activityId)
                            .and("status")
                            .is(RegistrationStatus.WAITLISTED))
                    .with(Sort.by("waitlistSeq", "_id"))
                    .limit(1);
            Registration next = mongo.findOne(first, Registration.class);
            if (next == null || !ledger.claim(activityId, next.id())) {
                return;
            }
            if (!confirm(next)) {
                return; // someone else is changing it; their reconciliation finishes the job
            }
        }
    }

    private List<Registration> holdersNotConfirmed(List<String> holders) {
        if (holders.isEmpty()) {
            return List.of();
        }
        return mongo.find(
                Query.query(Criteria.where("_id").in(holders).and("status").ne(RegistrationStatus.CONFIRMED)),
                Registration.class);
    }

    private boolean confirm(Registration registration) {
        try {
            if (registration.confirm(clock.instant())) {
                store.update(registration);
            }
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug(
                    "registration {} changed while being confirmed; left to the next reconciliation",
                    registration.id());
            return false;
        }
    }
}
