package id.kombel.discussion.follow;

import id.kombel.discussion.problem.ProblemAccess;
import id.kombel.discussion.problem.ProblemView;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Who follows which problem, and telling them, one event each, when it changes. */
@Service
class Follows {

    static final int BATCH = 100;

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ProblemAccess problems;
    private final Clock clock;

    Follows(AggregateStore store, MongoTemplate mongo, ProblemAccess problems, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.problems = problems;
        this.clock = clock;
    }

    /** Follows the problem; true when the caller did not follow it yet. */
    boolean follow(Caller caller, String problemId) {
        ProblemView problem = problems.require(caller, problemId);
        return follow(problem.id(), caller.memberId());
    }

    boolean unfollow(Caller caller, String problemId) {
        problems.require(caller, problemId);
        return mongo.remove(
                                new Query(Criteria.where("_id").is(Follow.idOf(problemId, caller.memberId()))),
                                Follow.class)
                        .getDeletedCount()
                > 0;
    }

    boolean follows(Caller caller, String problemId) {
        problems.require(caller, problemId);
        return mongo.findById(Follow.idOf(problemId, caller.memberId()), Follow.class) != null;
    }

    boolean follow(String problemId, String memberId) {
        try {
            mongo.insert(new Follow(Follow.idOf(problemId, memberId), problemId, memberId, clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadyFollowing) {
            return false;
        }
    }

    /**
     * Tells every follower of the problem about a change, except the member who made it (null: the
     * problem's anonymous author). {@code
     * changeId} (the source event's id) lets a redelivery resume where an interrupted fan-out stopped.
     */
    void fanOut(String changeId, String problemId, Change change, @Nullable String actorId) {
        ProblemView problem = problems.find(problemId).orElse(null);
        if (problem == null || problem.hidden()) {
            return;
        }
        String actor = actorId != null ? actorId : problem.authorId(); // unnamed: the anonymous author
        while (true) {
            try {
                if (tellNextBatch(changeId, problem, change, actor)) {
                    return;
                }
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrentFanOut) {
                // another change of the same problem was fanned out meanwhile: read the fan-out again
            }
        }
    }

    /** True when every follower has been told. */
    private boolean tellNextBatch(String changeId, ProblemView problem, Change change, String actorId) {
        FanOut fanOut = store.findById(problem.id(), FanOut.class).orElse(null);
        boolean created = fanOut == null;
        if (created) {
            fanOut = new FanOut(problem.id(), problem.communityId());
        }
        if (fanOut.isDone(changeId)) {
            return true;
        }
        String after = fanOut.resumeAfter(changeId);
        Criteria followers = Criteria.where("problemId").is(problem.id());
        if (after != null) {
            followers = followers.and("_id").gt(after);
        }
        List<Follow> batch =
                mongo.find(new Query(followers).with(Sort.by("_id")).limit(BATCH), Follow.class);
        boolean last = batch.size() < BATCH;
        fanOut.tell(changeId, batch, actorId, change, problem.title(), last);
        if (created) {
            store.insert(fanOut);
        } else {
            store.update(fanOut);
        }
        return last;
    }
}
