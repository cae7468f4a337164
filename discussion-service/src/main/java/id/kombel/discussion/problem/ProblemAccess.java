package id.kombel.discussion.problem;

import id.kombel.membership.replica.Communities;
import id.kombel.membership.replica.CommunityReplica;
import id.kombel.membership.replica.CommunityRole;
import id.kombel.membership.replica.Memberships;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * What the other features of this service need from problems: the problem a caller may see (with
 * their role), the problem a caller may add to, accepting a solution, and the counters lists sort by.
 */
@Service
public class ProblemAccess {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Memberships memberships;
    private final Communities communities;
    private final Clock clock;

    ProblemAccess(
            AggregateStore store, MongoTemplate mongo, Memberships memberships, Communities communities, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.memberships = memberships;
        this.communities = communities;
        this.clock = clock;
    }

    /** The problem without authorization, for event handlers. */
    public Optional<ProblemView> find(String problemId) {
        return store.findById(problemId, Problem.class).map(problem -> ProblemView.of(problem, null));
    }

    /**
     * The problem if the caller may see it: a member of its community (404 for a private community,
     * 403 otherwise, as the replica decides), and for hidden problems one of its leads (404 to others).
     */
    public ProblemView require(Caller caller, String problemId) {
        Problem problem = load(problemId);
        return ProblemView.of(problem, visibleRole(caller, problem));
    }

    /** As {@link #require}, and the problem takes new solutions, replies and trials (active community, not locked or closed). */
    public ProblemView requireOpenToContributions(Caller caller, String problemId) {
        Problem problem = load(problemId);
        CommunityRole role = visibleRole(caller, problem);
        requireActive(problem.communityId());
        problem.requireOpenToContributions();
        return ProblemView.of(problem, role);
    }

    /** The problem's author or one of its community's leads accepts one of its solutions. */
    public ProblemView accept(Caller caller, String problemId, String solutionId, String solutionAuthorId) {
        Problem problem = load(problemId);
        CommunityRole role = visibleRole(caller, problem);
        if (!problem.isAuthor(caller.memberId()) && !role.isLeader()) {
            throw new ForbiddenException(caller.memberId() + " may not accept solutions of problem " + problemId);
        }
        if (problem.accept(solutionId, solutionAuthorId, caller.memberId(), clock.instant())) {
            store.update(problem);
        }
        return ProblemView.of(problem, role);
    }

    /** Counts a new solution; the first one also records how long the problem waited for it. */
    public void solutionProposed(String problemId, Instant at) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(problemId)), new Update().inc("solutionCount", 1), Problem.class);
        Problem problem = load(problemId);
        long minutes = Duration.between(problem.postedAt(), at).toMinutes();
        mongo.updateFirst(
                new Query(Criteria.where("_id")
                        .is(problemId)
                        .and("firstSolutionAt")
                        .exists(false)),
                new Update().set("firstSolutionAt", Date.from(at)).set("minutesToFirstSolution", minutes),
                Problem.class);
    }

    /** A helpful vote on one of the problem's solutions was given (+1) or taken back (-1). */
    public void helpfulVoteChanged(String problemId, int delta) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(problemId)), new Update().inc("helpfulVotes", delta), Problem.class);
    }

    void requireActive(String communityId) {
        CommunityReplica community = communities.require(communityId);
        if (!community.isActive()) {
            throw new ConflictException(
                    "community-not-active", "community %s is %s".formatted(communityId, community.status()));
        }
    }

    CommunityRole visibleRole(Caller caller, Problem problem) {
        CommunityRole role = memberships.requireMember(caller, problem.communityId());
        if (problem.hidden() && !role.isLeader()) {
            throw new NotFoundException("problem", problem.id());
        }
        return role;
    }

    Problem load(String problemId) {
        return store.findById(problemId, Problem.class).orElseThrow(() -> new NotFoundException("problem", problemId));
    }

    /** Starts the counters at zero, so that unanswered problems are found by {@code solutionCount: 0}. */
    void startCounters(String problemId) {
        mongo.updateFirst(
                new Query(Criteria.where("_id").is(problemId)),
                new Update().inc("solutionCount", 0).inc("helpfulVotes", 0),
                Problem.class);
    }
}
