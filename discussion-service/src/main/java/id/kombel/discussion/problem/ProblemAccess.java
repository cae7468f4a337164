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
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the other features of this service need from problems: the problem a caller may see (with
 * their role), the problem a caller may add to, and accepting a solution.
 */
@Service
public class ProblemAccess {

    private final AggregateStore store;
    private final Memberships memberships;
    private final Communities communities;
    private final Clock clock;

    ProblemAccess(AggregateStore store, Memberships memberships, Communities communities, Clock clock) {
        this.store = store;
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
}
