package id.kombel.learning.goal;

import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Goals are personal: only their member sees or changes them; to anyone else they do not exist. */
@Service
class GoalService {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;

    GoalService(AggregateStore store, MongoTemplate mongo, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    Goal set(Caller caller, GoalRequest request) {
        return store.insert(Goal.set(
                UUID.randomUUID().toString(),
                caller.memberId(),
                request.title().strip(),
                request.targetDate(),
                request.progress() == null ? 0 : request.progress(),
                clock.instant()));
    }

    Goal get(Caller caller, String goalId) {
        return own(caller, goalId);
    }

    CursorPage<Goal> list(Caller caller, PageRequest page) {
        return Keyset.page(
                mongo,
                Criteria.where("memberId").is(caller.memberId()),
                "createdAt",
                Sort.Direction.DESC,
                page,
                Goal.class,
                Goal::createdAt,
                Goal::id);
    }

    Goal update(Caller caller, String goalId, @Nullable String ifMatch, GoalRequest request) {
        Goal goal = own(caller, goalId);
        Versions.checkIfMatch(ifMatch, goal.version(), "goal", goalId);
        goal.rename(request.title().strip(), request.targetDate());
        if (request.progress() != null) {
            goal.progress(request.progress(), clock.instant());
        }
        return store.update(goal);
    }

    private Goal own(Caller caller, String goalId) {
        return store.findById(goalId, Goal.class)
                .filter(goal -> goal.ownedBy(caller.memberId()))
                .orElseThrow(() -> new NotFoundException("goal", goalId));
    }
}
