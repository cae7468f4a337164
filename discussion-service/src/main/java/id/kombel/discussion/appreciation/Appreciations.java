package id.kombel.discussion.appreciation;

import id.kombel.discussion.moderation.ItemType;
import id.kombel.discussion.problem.ProblemAccess;
import id.kombel.discussion.problem.ProblemView;
import id.kombel.discussion.solution.SolutionView;
import id.kombel.discussion.solution.Solutions;
import id.kombel.discussion.trial.Trials;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.RuleViolationException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Giving and listing appreciation; the item's feature decides whether the caller may see it. */
@Service
class Appreciations {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ProblemAccess problems;
    private final Solutions solutions;
    private final Trials trials;
    private final Clock clock;

    Appreciations(
            AggregateStore store,
            MongoTemplate mongo,
            ProblemAccess problems,
            Solutions solutions,
            Trials trials,
            Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.problems = problems;
        this.solutions = solutions;
        this.trials = trials;
        this.clock = clock;
    }

    Given give(Caller caller, ItemType type, String itemId, String message) {
        Item item = item(caller, type, itemId);
        if (caller.is(item.authorId())) {
            throw new RuleViolationException(
                    "self-appreciation", caller.memberId() + " appreciated their own " + itemId);
        }
        try {
            Appreciation appreciation = store.insert(Appreciation.give(
                    UUID.randomUUID().toString(),
                    type,
                    itemId,
                    item.problem().id(),
                    item.problem().communityId(),
                    caller.memberId(),
                    item.authorId(),
                    message.strip(),
                    clock.instant()));
            return new Given(appreciation, item.problem());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("already-appreciated", caller.memberId() + " already appreciated " + itemId);
        }
    }

    Listed list(Caller caller, ItemType type, String itemId, PageRequest page) {
        Item item = item(caller, type, itemId);
        CursorPage<Appreciation> found = Keyset.page(
                mongo,
                Criteria.where("itemId").is(itemId),
                "givenAt",
                Sort.Direction.DESC,
                page,
                Appreciation.class,
                Appreciation::givenAt,
                Appreciation::id);
        return new Listed(found, item.problem());
    }

    private Item item(Caller caller, ItemType type, String itemId) {
        return switch (type) {
            case PROBLEM -> {
                ProblemView problem = problems.require(caller, itemId);
                yield new Item(problem.authorId(), problem);
            }
            case SOLUTION -> {
                SolutionView solution = solutions.require(caller, itemId);
                yield new Item(solution.authorId(), solution.problem());
            }
            case OUTCOME -> {
                Trials.TrialView trial = trials.require(caller, itemId);
                if (!trial.reported()) {
                    throw new ConflictException("no-outcome-yet", "trial " + itemId + " has no outcome yet");
                }
                yield new Item(trial.memberId(), trial.problem());
            }
            case REPLY -> throw new IllegalArgumentException("replies are not appreciated");
        };
    }

    private record Item(String authorId, ProblemView problem) {}

    record Given(Appreciation appreciation, ProblemView problem) {}

    record Listed(CursorPage<Appreciation> page, ProblemView problem) {}
}
