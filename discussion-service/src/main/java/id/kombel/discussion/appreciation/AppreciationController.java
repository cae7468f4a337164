package id.kombel.discussion.appreciation;

import id.kombel.discussion.moderation.ItemType;
import id.kombel.discussion.problem.ProblemView;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Terima kasih" on problems, solutions and trial outcomes. */
@RestController
class AppreciationController {

    private final Appreciations appreciations;

    AppreciationController(Appreciations appreciations) {
        this.appreciations = appreciations;
    }

    record AppreciationRequest(@NotBlank @Size(max = 280) String message) {}

    /** Names are hidden where they would reveal an anonymous problem's author to a peer. */
    record AppreciationResponse(
            String id,
            ItemType itemType,
            String itemId,
            @Nullable String fromMemberId,
            @Nullable String toMemberId,
            String message,
            Instant givenAt) {

        static AppreciationResponse of(Appreciation appreciation, ProblemView problem, Caller caller) {
            return new AppreciationResponse(
                    appreciation.id(),
                    appreciation.itemType(),
                    appreciation.itemId(),
                    problem.visibleAuthor(appreciation.fromMemberId(), caller),
                    problem.visibleAuthor(appreciation.toMemberId(), caller),
                    appreciation.message(),
                    appreciation.givenAt());
        }
    }

    @PostMapping("/api/v1/problems/{itemId}/appreciations")
    ResponseEntity<AppreciationResponse> problem(
            Caller caller, @PathVariable String itemId, @Valid @RequestBody AppreciationRequest request) {
        return give(caller, ItemType.PROBLEM, itemId, request);
    }

    @PostMapping("/api/v1/solutions/{itemId}/appreciations")
    ResponseEntity<AppreciationResponse> solution(
            Caller caller, @PathVariable String itemId, @Valid @RequestBody AppreciationRequest request) {
        return give(caller, ItemType.SOLUTION, itemId, request);
    }

    @PostMapping("/api/v1/trials/{itemId}/appreciations")
    ResponseEntity<AppreciationResponse> outcome(
            Caller caller, @PathVariable String itemId, @Valid @RequestBody AppreciationRequest request) {
        return give(caller, ItemType.OUTCOME, itemId, request);
    }

    @GetMapping("/api/v1/problems/{itemId}/appreciations")
    CursorPage<AppreciationResponse> ofProblem(
            Caller caller,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return list(caller, ItemType.PROBLEM, itemId, cursor, limit);
    }

    @GetMapping("/api/v1/solutions/{itemId}/appreciations")
    CursorPage<AppreciationResponse> ofSolution(
            Caller caller,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return list(caller, ItemType.SOLUTION, itemId, cursor, limit);
    }

    @GetMapping("/api/v1/trials/{itemId}/appreciations")
    CursorPage<AppreciationResponse> ofOutcome(
            Caller caller,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return list(caller, ItemType.OUTCOME, itemId, cursor, limit);
    }

    private ResponseEntity<AppreciationResponse> give(
            Caller caller, ItemType type, String itemId, AppreciationRequest request) {
        Appreciations.Given given = appreciations.give(caller, type, itemId, request.message());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Versions.etag(given.appreciation().version()))
                .body(AppreciationResponse.of(given.appreciation(), given.problem(), caller));
    }

    private CursorPage<AppreciationResponse> list(
            Caller caller, ItemType type, String itemId, @Nullable String cursor, @Nullable Integer limit) {
        Appreciations.Listed listed = appreciations.list(caller, type, itemId, PageRequest.of(cursor, limit));
        return new CursorPage<>(
                listed.page().items().stream()
                        .map(appreciation -> AppreciationResponse.of(appreciation, listed.problem(), caller))
                        .toList(),
                listed.page().next());
    }
}
