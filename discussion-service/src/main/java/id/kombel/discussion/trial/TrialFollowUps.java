package id.kombel.discussion.trial;

import id.kombel.platform.events.AggregateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises TrialFollowUpDue for trials whose date passed without an outcome. Every instance of the
 * service sweeps; a trial is claimed by storing its follow-up at the version it was read, so when two
 * sweepers pick the same trial one stores the event and the other fails on the version and skips it.
 */
@Component
class TrialFollowUps {

    private static final Logger log = LoggerFactory.getLogger(TrialFollowUps.class);
    static final int BATCH = 100;

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;

    TrialFollowUps(AggregateStore store, MongoTemplate mongo, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kombel.discussion.follow-up-check:PT1M}")
    void sweep() {
        sweep(clock.instant());
    }

    /** Raises the follow-ups due at {@code now}; returns how many this sweeper raised. */
    int sweep(Instant now) {
        int raised = 0;
        List<Trial> due;
        do {
            Query query = new Query(Criteria.where("outcome")
                            .is(null)
                            .and("followUpRaised")
                            .is(false)
                            .and("followUpAt")
                            .lte(now))
                    .with(Sort.by("followUpAt"))
                    .limit(BATCH);
            due = mongo.find(query, Trial.class);
            for (Trial trial : due) {
                raised += claim(trial, now) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        if (raised > 0) {
            log.info("raised {} trial follow-ups", raised);
        }
        return raised;
    }

    private boolean claim(Trial trial, Instant now) {
        try {
            if (trial.followUp(now)) {
                store.update(trial);
                return true;
            }
        } catch (OptimisticLockingFailureException takenByAnotherSweeper) {
            log.debug("trial {} was followed up or changed meanwhile", trial.id());
        }
        return false;
    }
}
