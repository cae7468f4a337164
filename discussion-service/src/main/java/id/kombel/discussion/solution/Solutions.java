package id.kombel.discussion.solution;

import id.kombel.discussion.counter.Counters;
import id.kombel.discussion.moderation.Flags;
import id.kombel.discussion.moderation.ItemType;
import id.kombel.discussion.problem.ProblemAccess;
import id.kombel.discussion.problem.ProblemView;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.RuleViolationException;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Solution use cases (proposing, replies, helpful votes, acceptance, moderation), and what trials and
 * appreciation need from solutions. Authorization always goes through the solution's problem.
 */
@Service
public class Solutions {

    /** A toggle lost to a concurrent toggle of the same member is tried again this many times. */
    private static final int VOTE_ATTEMPTS = 5;

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ProblemAccess problems;
    private final Flags flags;
    private final Counters counters;
    private final Clock clock;

    Solutions(
            AggregateStore store,
            MongoTemplate mongo,
            ProblemAccess problems,
            Flags flags,
            Counters counters,
            Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.problems = problems;
        this.flags = flags;
        this.counters = counters;
        this.clock = clock;
    }

    /** The solution if the caller may see it (hidden ones only to leads). */
    public SolutionView require(Caller caller, String solutionId) {
        Solution solution = load(solutionId);
        ProblemView problem = visible(caller, solution);
        return new SolutionView(solution.id(), solution.authorId(), problem);
    }

    /** As {@link #require}, and its problem takes new contributions (not locked or closed). */
    public SolutionView requireOpenToContributions(Caller caller, String solutionId) {
        Solution solution = load(solutionId);
        visible(caller, solution);
        ProblemView problem = problems.requireOpenToContributions(caller, solution.problemId());
        return new SolutionView(solution.id(), solution.authorId(), problem);
    }

    Solution propose(Caller caller, String problemId, SolutionRequest request) {
        ProblemView problem = problems.requireOpenToContributions(caller, problemId);
        Solution solution = store.insert(Solution.propose(
                UUID.randomUUID().toString(),
                problem.id(),
                problem.communityId(),
                problem.authorId(),
                caller.memberId(),
                request,
                clock.instant()));
        counters.problem(problem.id());
        counters.solution(solution.id());
        return solution;
    }

    Shown get(Caller caller, String solutionId) {
        SolutionView view = require(caller, solutionId);
        return new Shown(card(solutionId), view.problem());
    }

    /** The problem's visible solutions, oldest first (leads see hidden ones marked as such). */
    Listed list(Caller caller, String problemId, PageRequest page) {
        ProblemView problem = problems.require(caller, problemId);
        Criteria filter = Criteria.where("problemId").is(problemId);
        filter = problem.callerLeads()
                ? filter.and("visibility.hidden").in(false, true)
                : filter.and("visibility.hidden").is(false);
        CursorPage<SolutionCard> found = Keyset.page(
                mongo,
                filter,
                "postedAt",
                Sort.Direction.ASC,
                page,
                SolutionCard.class,
                SolutionCard::postedAt,
                SolutionCard::id);
        return new Listed(
                found,
                problem,
                votedBy(caller, found.items().stream().map(SolutionCard::id).toList()));
    }

    Reply reply(Caller caller, String solutionId, ReplyRequest request) {
        Solution solution = load(solutionId);
        visible(caller, solution);
        ProblemView problem = problems.requireOpenToContributions(caller, solution.problemId());
        String shownAuthor = problem.isAnonymousAuthor(caller.memberId()) ? null : caller.memberId();
        Reply reply = store.insert(Reply.post(
                UUID.randomUUID().toString(),
                solution,
                caller.memberId(),
                shownAuthor,
                request.body().strip(),
                clock.instant()));
        counters.solution(solutionId);
        return reply;
    }

    /**
     * The author revises their solution: 404 when the caller may not see it, 403 for anyone else,
     * 412 on a stale {@code If-Match}, 422 while it is hidden, 409 when its problem takes no
     * contributions (locked, closed, or its community not active).
     */
    Shown revise(Caller caller, String solutionId, @Nullable String ifMatch, SolutionRequest request) {
        Solution solution = load(solutionId);
        visible(caller, solution);
        if (!solution.isAuthor(caller.memberId())) {
            throw new ForbiddenException(caller.memberId() + " did not write solution " + solutionId);
        }
        Versions.checkIfMatch(ifMatch, solution.version(), "solution", solutionId);
        ProblemView problem = problems.requireOpenToContributions(caller, solution.problemId());
        if (solution.revise(request, clock.instant())) {
            store.update(solution);
        }
        return new Shown(card(solutionId), problem);
    }

    /** The author edits their reply, by the same rules as {@link #revise}. */
    ReplyCard editReply(
            Caller caller, String solutionId, String replyId, @Nullable String ifMatch, ReplyRequest request) {
        Reply reply = loadReply(solutionId, replyId);
        ProblemView problem = require(caller, solutionId).problem();
        if (reply.hidden() && !problem.callerLeads()) {
            throw new NotFoundException("reply", replyId);
        }
        if (!reply.authorId().equals(caller.memberId())) {
            throw new ForbiddenException(caller.memberId() + " did not write reply " + replyId);
        }
        Versions.checkIfMatch(ifMatch, reply.version(), "reply", replyId);
        problems.requireOpenToContributions(caller, problem.id());
        if (reply.edit(request.body().strip(), clock.instant())) {
            store.update(reply);
        }
        return replyCard(replyId);
    }

    ProblemView problemOf(Caller caller, String solutionId) {
        return require(caller, solutionId).problem();
    }

    ReplyCard replyCard(String replyId) {
        return mongo.findById(replyId, ReplyCard.class);
    }

    CursorPage<ReplyCard> replies(Caller caller, String solutionId, PageRequest page) {
        ProblemView problem = require(caller, solutionId).problem();
        Criteria filter = Criteria.where("solutionId").is(solutionId);
        filter = problem.callerLeads()
                ? filter.and("visibility.hidden").in(false, true)
                : filter.and("visibility.hidden").is(false);
        return Keyset.page(
                mongo,
                filter,
                "postedAt",
                Sort.Direction.ASC,
                page,
                ReplyCard.class,
                ReplyCard::postedAt,
                ReplyCard::id);
    }

    /**
     * Marks the solution helpful, or takes the mark back when the member gave it already. The vote's
     * id and version decide concurrent toggles; the counters are recounted from the votes.
     */
    Shown vote(Caller caller, String solutionId) {
        Solution solution = load(solutionId);
        ProblemView problem = visible(caller, solution);
        if (solution.hidden()) {
            throw new RuleViolationException("content-hidden", "solution " + solutionId + " is hidden");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                store.findById(Vote.idOf(solutionId, caller.memberId()), Vote.class)
                        .map(existing -> {
                            existing.toggle(clock.instant());
                            return store.update(existing);
                        })
                        .orElseGet(() -> store.insert(Vote.cast(solution, caller.memberId(), clock.instant())));
                counters.solution(solutionId);
                counters.problem(solution.problemId());
                return new Shown(card(solutionId), problem);
            } catch (DuplicateKeyException | OptimisticLockingFailureException lost) {
                if (attempt == VOTE_ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }

    Shown accept(Caller caller, String solutionId) {
        Solution solution = load(solutionId);
        visible(caller, solution);
        if (solution.hidden()) {
            throw new RuleViolationException("content-hidden", "solution " + solutionId + " is hidden");
        }
        ProblemView problem = problems.accept(caller, solution.problemId(), solutionId, solution.authorId());
        return new Shown(card(solutionId), problem);
    }

    Shown moderate(Caller caller, String solutionId, boolean hide, String reason) {
        Solution solution = load(solutionId);
        ProblemView problem = lead(caller, solution);
        if (hide) {
            solution.hide(caller.memberId(), reason.strip(), clock.instant());
        } else {
            solution.restore(caller.memberId(), reason.strip(), clock.instant());
        }
        store.update(solution);
        return new Shown(card(solutionId), problem);
    }

    ReplyCard moderateReply(Caller caller, String solutionId, String replyId, boolean hide, String reason) {
        Reply reply = loadReply(solutionId, replyId);
        lead(caller, load(solutionId));
        if (hide) {
            reply.hide(caller.memberId(), reason.strip(), clock.instant());
        } else {
            reply.restore(caller.memberId(), reason.strip(), clock.instant());
        }
        store.update(reply);
        return replyCard(replyId);
    }

    void flag(Caller caller, String solutionId, String reason) {
        Solution solution = load(solutionId);
        ProblemView problem = visible(caller, solution);
        flags.flag(ItemType.SOLUTION, solutionId, problem.id(), problem.communityId(), caller.memberId(), reason);
    }

    void flagReply(Caller caller, String solutionId, String replyId, String reason) {
        Reply reply = loadReply(solutionId, replyId);
        ProblemView problem = require(caller, solutionId).problem();
        if (reply.hidden() && !problem.callerLeads()) {
            throw new NotFoundException("reply", replyId);
        }
        flags.flag(ItemType.REPLY, replyId, problem.id(), problem.communityId(), caller.memberId(), reason);
    }

    boolean votedBy(Caller caller, String solutionId) {
        return votedBy(caller, List.of(solutionId)).contains(solutionId);
    }

    private Set<String> votedBy(Caller caller, List<String> solutionIds) {
        List<String> voteIds =
                solutionIds.stream().map(id -> Vote.idOf(id, caller.memberId())).toList();
        Query query = new Query(Criteria.where("_id").in(voteIds).and("helpful").is(true));
        return mongo.find(query, Vote.class).stream()
                .map(vote -> vote.id()
                        .substring(0, vote.id().length() - caller.memberId().length() - 1))
                .collect(Collectors.toSet());
    }

    private ProblemView lead(Caller caller, Solution solution) {
        ProblemView problem = problems.require(caller, solution.problemId());
        if (!problem.callerLeads()) {
            throw new ForbiddenException(caller.memberId() + " does not lead community " + problem.communityId());
        }
        return problem;
    }

    private ProblemView visible(Caller caller, Solution solution) {
        ProblemView problem = problems.require(caller, solution.problemId());
        if (solution.hidden() && !problem.callerLeads()) {
            throw new NotFoundException("solution", solution.id());
        }
        return problem;
    }

    private SolutionCard card(String solutionId) {
        return mongo.findById(solutionId, SolutionCard.class);
    }

    private Solution load(String solutionId) {
        return store.findById(solutionId, Solution.class)
                .orElseThrow(() -> new NotFoundException("solution", solutionId));
    }

    private Reply loadReply(String solutionId, String replyId) {
        return store.findById(replyId, Reply.class)
                .filter(reply -> reply.solutionId().equals(solutionId))
                .orElseThrow(() -> new NotFoundException("reply", replyId));
    }

    /** A solution with the problem it answers, as the caller may see it. */
    record Shown(SolutionCard card, ProblemView problem) {}

    record Listed(CursorPage<SolutionCard> page, ProblemView problem, Set<String> votedByCaller) {}
}
