package id.kombel.discussion.follow;

import id.kombel.discussion.problem.ProblemAccess;
import id.kombel.discussion.problem.ProblemView;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.security.Caller;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * An event replayed after its author was erased names {@code former-member} instead: that is no
     * one to follow or to tell.
     */
    boolean follow(String problemId, String memberId) {
        if (ErasedMembers.FORMER_MEMBER.equals(memberId)) {
            return false;
        }
        try {
            mongo.insert(new Follow(Follow.idOf(problemId, memberId), problemId, memberId, clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadyFollowing) {
            return false;
        }
    }

    /**
     * Tells every follower of the problem about a change, except the member who made it (null: the
     * problem's anonymous author) and {@code toldOtherwise} (the problem's author, for a new
     * solution: NEW_SOLUTION already tells them). {@code changeId} (the source event's id) names the
     * fan-out, so a redelivery resumes where an interrupted one stopped and a finished one tells no one.
     */
    void fanOut(
            String changeId,
            String problemId,
            Change change,
            @Nullable String actorId,
            @Nullable String toldOtherwise) {
        ProblemView problem = problems.find(problemId).orElse(null);
        if (problem == null || problem.hidden()) {
            return;
        }
        Set<String> skipped = new HashSet<>();
        skipped.add(actorId != null ? actorId : problem.authorId()); // unnamed: the anonymous author
        if (toldOtherwise != null) {
            skipped.add(toldOtherwise);
        }
        while (true) {
            try {
                if (tellNextBatch(changeId, problem, change, skipped)) {
                    return;
                }
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrentRun) {
                // the same change is being fanned out elsewhere (a redelivery): read the fan-out again
            }
        }
    }

    /** True when every follower has been told. */
    private boolean tellNextBatch(String changeId, ProblemView problem, Change change, Set<String> skipped) {
        FanOut fanOut = store.findById(FanOut.idOf(problem.id(), changeId), FanOut.class)
                .orElse(null);
        boolean created = fanOut == null;
        if (created) {
            fanOut = new FanOut(problem.id(), problem.communityId(), changeId);
        }
        if (fanOut.isDone()) {
            return true;
        }
        String after = fanOut.resumeAfter();
        Criteria followers = Criteria.where("problemId").is(problem.id());
        if (after != null) {
            followers = followers.and("_id").gt(after);
        }
        List<Follow> batch =
                mongo.find(new Query(followers).with(Sort.by("_id")).limit(BATCH), Follow.class);
        boolean last = batch.size() < BATCH;
        fanOut.tell(batch, skipped, change, problem.title(), last);
        if (created) {
            store.insert(fanOut);
        } else {
            store.update(fanOut);
        }
        return last;
    }
}
