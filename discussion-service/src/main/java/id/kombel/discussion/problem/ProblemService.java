package id.kombel.discussion.problem;

import id.kombel.discussion.counter.Counters;
import id.kombel.discussion.moderation.Flags;
import id.kombel.discussion.moderation.ItemType;
import id.kombel.membership.replica.Communities;
import id.kombel.membership.replica.CommunityReplica;
import id.kombel.membership.replica.CommunityRole;
import id.kombel.membership.replica.Memberships;
import id.kombel.membership.replica.Regions;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Problem use cases: who may do what to which problem. The rules live in {@link Problem}. */
@Service
class ProblemService {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ProblemAccess problems;
    private final Memberships memberships;
    private final Communities communities;
    private final Regions regions;
    private final Flags flags;
    private final Counters counters;
    private final Clock clock;

    ProblemService(
            AggregateStore store,
            MongoTemplate mongo,
            ProblemAccess problems,
            Memberships memberships,
            Communities communities,
            Regions regions,
            Flags flags,
            Counters counters,
            Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.problems = problems;
        this.memberships = memberships;
        this.communities = communities;
        this.regions = regions;
        this.flags = flags;
        this.counters = counters;
        this.clock = clock;
    }

    /** A member posts in an active community; the problem's month is read in its region's zone. */
    Problem post(Caller caller, String communityId, ProblemRequest request) {
        memberships.requireMember(caller, communityId);
        problems.requireActive(communityId);
        CommunityReplica community = communities.require(communityId);
        Problem problem = store.insert(Problem.post(
                UUID.randomUUID().toString(),
                communityId,
                community.regionId(),
                caller.memberId(),
                request.isAnonymous(),
                request.details(),
                clock.instant(),
                regions.zoneOf(community.regionId())));
        // counted at once so that it is listed among the unanswered (solutionCount: 0)
        counters.problem(problem.id());
        return problem;
    }

    Seen get(Caller caller, String problemId) {
        Problem problem = problems.load(problemId);
        return new Seen(problem, problems.visibleRole(caller, problem));
    }

    ProblemCard counters(String problemId) {
        return mongo.findById(problemId, ProblemCard.class);
    }

    Listed list(Caller caller, String communityId, ProblemSearch search, PageRequest page) {
        CommunityRole role = memberships.requireMember(caller, communityId);
        Criteria filter =
                Criteria.where("communityId").is(communityId).and("searchKeys").all(search.keys());
        CursorPage<ProblemCard> found = switch (search.sort()) {
            case NEWEST ->
                Keyset.page(
                        mongo,
                        filter,
                        "postedAt",
                        Sort.Direction.DESC,
                        page,
                        ProblemCard.class,
                        ProblemCard::postedAt,
                        ProblemCard::id);
            case UNANSWERED ->
                Keyset.page(
                        mongo,
                        filter.and("solutionCount").is(0),
                        "postedAt",
                        Sort.Direction.DESC,
                        page,
                        ProblemCard.class,
                        ProblemCard::postedAt,
                        ProblemCard::id);
            case MOST_HELPFUL ->
                Keyset.page(
                        mongo,
                        filter,
                        "helpfulVotes",
                        Sort.Direction.DESC,
                        page,
                        ProblemCard.class,
                        ProblemCard::helpful,
                        ProblemCard::id);
        };
        return new Listed(found, role.isLeader());
    }

    Seen edit(Caller caller, String problemId, @Nullable String ifMatch, ProblemRequest request) {
        Seen seen = get(caller, problemId);
        if (!seen.problem().isAuthor(caller.memberId())) {
            throw new ForbiddenException(caller.memberId() + " did not post problem " + problemId);
        }
        Versions.checkIfMatch(ifMatch, seen.problem().version(), "problem", problemId);
        problems.requireActive(seen.problem().communityId());
        if (seen.problem().edit(request.details(), clock.instant())) {
            store.update(seen.problem());
        }
        return seen;
    }

    Seen close(Caller caller, String problemId, @Nullable String ifMatch) {
        Seen seen = authorOrLead(caller, problemId, ifMatch);
        seen.problem().close(clock.instant());
        store.update(seen.problem());
        return seen;
    }

    Seen reopen(Caller caller, String problemId, @Nullable String ifMatch) {
        Seen seen = authorOrLead(caller, problemId, ifMatch);
        seen.problem().reopen(clock.instant());
        store.update(seen.problem());
        return seen;
    }

    Seen moderate(Caller caller, String problemId, @Nullable String ifMatch, Moderation action, String reason) {
        Seen seen = get(caller, problemId);
        if (!seen.leads()) {
            throw new ForbiddenException(caller.memberId() + " does not lead community "
                    + seen.problem().communityId());
        }
        Versions.checkIfMatch(ifMatch, seen.problem().version(), "problem", problemId);
        Problem problem = seen.problem();
        String lead = caller.memberId();
        String why = reason.strip();
        switch (action) {
            case LOCK -> problem.lock(lead, why, clock.instant());
            case UNLOCK -> problem.unlock(lead, why, clock.instant());
            case HIDE -> problem.hide(lead, why, clock.instant());
            case RESTORE -> problem.restore(lead, why, clock.instant());
        }
        store.update(problem);
        return seen;
    }

    void flag(Caller caller, String problemId, String reason) {
        Seen seen = get(caller, problemId);
        flags.flag(ItemType.PROBLEM, problemId, problemId, seen.problem().communityId(), caller.memberId(), reason);
    }

    private Seen authorOrLead(Caller caller, String problemId, @Nullable String ifMatch) {
        Seen seen = get(caller, problemId);
        if (!seen.problem().isAuthor(caller.memberId()) && !seen.leads()) {
            throw new ForbiddenException(caller.memberId() + " may not close or reopen problem " + problemId);
        }
        Versions.checkIfMatch(ifMatch, seen.problem().version(), "problem", problemId);
        return seen;
    }

    enum Moderation {
        LOCK,
        UNLOCK,
        HIDE,
        RESTORE
    }

    /** A problem and the caller's role in its community. */
    record Seen(Problem problem, CommunityRole role) {
        boolean leads() {
            return role.isLeader();
        }
    }

    record Listed(CursorPage<ProblemCard> page, boolean callerLeads) {}
}
