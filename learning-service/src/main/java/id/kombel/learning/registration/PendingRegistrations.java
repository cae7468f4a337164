package id.kombel.learning.registration;

import id.kombel.learning.activity.Activities;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles registrations whose request died between their first write and their seat (a crash, a
 * timeout): a pending registration is settled exactly as the request would have, keeping a seat the
 * ledger already gave it. Members who retry are settled at once; this catches those who do not.
 */
@Component
class PendingRegistrations {

    private static final Logger log = LoggerFactory.getLogger(PendingRegistrations.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final Activities activities;
    private final Seats seats;
    private final Clock clock;

    PendingRegistrations(MongoTemplate mongo, Activities activities, Seats seats, Clock clock) {
        this.mongo = mongo;
        this.activities = activities;
        this.seats = seats;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kombel.learning.pending-sweep:PT30S}")
    void sweep() {
        List<Registration> stuck = mongo.find(
                Query.query(Criteria.where("status")
                                .is(RegistrationStatus.PENDING)
                                .and("registeredAt")
                                .lt(clock.instant().minus(GRACE)))
                        .with(Sort.by("registeredAt"))
                        .limit(100),
                Registration.class);
        for (Registration registration : stuck) {
            try {
                activities.find(registration.activityId()).ifPresent(activity -> seats.settle(registration, activity));
            } catch (RuntimeException e) {
                log.warn("could not settle pending registration {}", registration.id(), e);
            }
        }
    }
}
