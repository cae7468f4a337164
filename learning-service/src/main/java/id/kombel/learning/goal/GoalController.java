package id.kombel.learning.goal;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own learning goals. */
@RestController
@RequestMapping("/api/v1/goals")
class GoalController {

    private final GoalService goals;

    GoalController(GoalService goals) {
        this.goals = goals;
    }

    @PostMapping
    ResponseEntity<GoalResponse> set(Caller caller, @Valid @RequestBody GoalRequest request) {
        Goal goal = goals.set(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/goals/" + goal.id()))
                .eTag(Versions.etag(goal.version()))
                .body(GoalResponse.of(goal));
    }

    @GetMapping
    CursorPage<GoalResponse> list(
            Caller caller,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Goal> page = goals.list(caller, PageRequest.of(cursor, limit));
        return new CursorPage<>(page.items().stream().map(GoalResponse::of).toList(), page.next());
    }

    @GetMapping("/{goalId}")
    ResponseEntity<GoalResponse> get(Caller caller, @PathVariable String goalId) {
        return ok(goals.get(caller, goalId));
    }

    /** Title, target date and (optionally) progress; reaching 100 achieves the goal. */
    @PutMapping("/{goalId}")
    ResponseEntity<GoalResponse> update(
            Caller caller,
            @PathVariable String goalId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody GoalRequest request) {
        return ok(goals.update(caller, goalId, ifMatch, request));
    }

    private static ResponseEntity<GoalResponse> ok(Goal goal) {
        return ResponseEntity.ok().eTag(Versions.etag(goal.version())).body(GoalResponse.of(goal));
    }
}
