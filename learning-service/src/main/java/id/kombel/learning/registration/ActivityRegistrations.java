package id.kombel.learning.registration;

import id.kombel.learning.activity.ActivityUpdated;
import id.kombel.platform.events.AggregateStore;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Changes every active registration of an activity, page by page, each in its own write. */
@Component
class ActivityRegistrations {

    private static final int PAGE = 100;
    private static final List<RegistrationStatus> ACTIVE =
            List.of(RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;

    ActivityRegistrations(AggregateStore store, MongoTemplate mongo, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Every registrant of a cancelled activity gets their own RegistrationCancelled. */
    void cancelAll(String activityId) {
        forEachActive(
                activityId,
                registration -> registration.cancel(CancellationReason.ACTIVITY_CANCELLED, clock.instant()));
    }

    /** Registrants' schedules follow the activity's. */
    void follow(ActivityUpdated event) {
        forEachActive(
                event.activityId(),
                registration -> registration.follow(event.title(), event.startsAt(), event.endsAt()));
    }

    private void forEachActive(String activityId, Predicate<Registration> change) {
        String after = "";
        while (true) {
            List<Registration> page = mongo.find(
                    Query.query(Criteria.where("activityId")
                                    .is(activityId)
                                    .and("status")
                                    .in(ACTIVE)
                                    .and("_id")
                                    .gt(after))
                            .with(Sort.by("_id"))
                            .limit(PAGE),
                    Registration.class);
            for (Registration registration : page) {
                apply(registration.id(), change);
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** Re-reads on a concurrent change; a failure after that is retried with the whole event. */
    private void apply(String registrationId, Predicate<Registration> change) {
        for (int attempt = 0; ; attempt++) {
            Registration registration =
                    store.findById(registrationId, Registration.class).orElseThrow();
            if (!registration.status().isActive() || !change.test(registration)) {
                return;
            }
            try {
                store.update(registration);
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt >= 4) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}
