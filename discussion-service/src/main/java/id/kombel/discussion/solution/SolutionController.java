package id.kombel.discussion.solution;

import id.kombel.discussion.moderation.ModerationRequest;
import id.kombel.discussion.problem.ProblemView;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SolutionController {

    private final Solutions solutions;

    SolutionController(Solutions solutions) {
        this.solutions = solutions;
    }

    @PostMapping("/api/v1/problems/{problemId}/solutions")
    ResponseEntity<SolutionResponse> propose(
            Caller caller, @PathVariable String problemId, @Valid @RequestBody SolutionRequest request) {
        Solution solution = solutions.propose(caller, problemId, request);
        Solutions.Shown shown = solutions.get(caller, solution.id());
        return ResponseEntity.created(URI.create("/api/v1/solutions/" + solution.id()))
                .eTag(Versions.etag(solution.version()))
                .body(SolutionResponse.of(shown.card(), shown.problem(), caller, false));
    }

    @GetMapping("/api/v1/problems/{problemId}/solutions")
    CursorPage<SolutionResponse> list(
            Caller caller,
            @PathVariable String problemId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        Solutions.Listed listed = solutions.list(caller, problemId, PageRequest.of(cursor, limit));
        return new CursorPage<>(
                listed.page().items().stream()
                        .map(card -> SolutionResponse.of(
                                card,
                                listed.problem(),
                                caller,
                                listed.votedByCaller().contains(card.id())))
                        .toList(),
                listed.page().next());
    }

    @GetMapping("/api/v1/solutions/{solutionId}")
    ResponseEntity<SolutionResponse> get(Caller caller, @PathVariable String solutionId) {
        return ok(solutions.get(caller, solutionId), caller);
    }

    /** The author revises their solution (summary, steps, linked resources); {@code If-Match} honoured. */
    @PutMapping("/api/v1/solutions/{solutionId}")
    ResponseEntity<SolutionResponse> revise(
            Caller caller,
            @PathVariable String solutionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody SolutionRequest request) {
        return ok(solutions.revise(caller, solutionId, ifMatch, request), caller);
    }

    /** Marks the solution helpful, or takes the mark back: one vote per member, a toggle. */
    @PostMapping("/api/v1/solutions/{solutionId}/votes")
    ResponseEntity<SolutionResponse> vote(Caller caller, @PathVariable String solutionId) {
        return ok(solutions.vote(caller, solutionId), caller);
    }

    /** The problem's author or a lead accepts this solution (replacing an earlier choice). */
    @PostMapping("/api/v1/solutions/{solutionId}/accept")
    ResponseEntity<SolutionResponse> accept(Caller caller, @PathVariable String solutionId) {
        return ok(solutions.accept(caller, solutionId), caller);
    }

    @PostMapping("/api/v1/solutions/{solutionId}/hide")
    ResponseEntity<SolutionResponse> hide(
            Caller caller, @PathVariable String solutionId, @Valid @RequestBody ModerationRequest request) {
        return ok(solutions.moderate(caller, solutionId, true, request.reason()), caller);
    }

    @PostMapping("/api/v1/solutions/{solutionId}/restore")
    ResponseEntity<SolutionResponse> restore(
            Caller caller, @PathVariable String solutionId, @Valid @RequestBody ModerationRequest request) {
        return ok(solutions.moderate(caller, solutionId, false, request.reason()), caller);
    }

    @PostMapping("/api/v1/solutions/{solutionId}/flags")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void flag(Caller caller, @PathVariable String solutionId, @Valid @RequestBody ModerationRequest request) {
        solutions.flag(caller, solutionId, request.reason());
    }

    @PostMapping("/api/v1/solutions/{solutionId}/replies")
    ResponseEntity<ReplyResponse> reply(
            Caller caller, @PathVariable String solutionId, @Valid @RequestBody ReplyRequest request) {
        Reply reply = solutions.reply(caller, solutionId, request);
        ProblemView problem = solutions.problemOf(caller, solutionId);
        return ResponseEntity.created(URI.create("/api/v1/solutions/" + solutionId + "/replies/" + reply.id()))
                .eTag(Versions.etag(reply.version()))
                .body(ReplyResponse.of(solutions.replyCard(reply.id()), problem, caller));
    }

    @GetMapping("/api/v1/solutions/{solutionId}/replies")
    CursorPage<ReplyResponse> replies(
            Caller caller,
            @PathVariable String solutionId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<ReplyCard> page = solutions.replies(caller, solutionId, PageRequest.of(cursor, limit));
        ProblemView problem = solutions.problemOf(caller, solutionId);
        return new CursorPage<>(
                page.items().stream()
                        .map(card -> ReplyResponse.of(card, problem, caller))
                        .toList(),
                page.next());
    }

    /** The author edits their reply; {@code If-Match} honoured. */
    @PutMapping("/api/v1/solutions/{solutionId}/replies/{replyId}")
    ResponseEntity<ReplyResponse> editReply(
            Caller caller,
            @PathVariable String solutionId,
            @PathVariable String replyId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ReplyRequest request) {
        ReplyCard card = solutions.editReply(caller, solutionId, replyId, ifMatch, request);
        return ResponseEntity.ok()
                .eTag(Versions.etag(card.version()))
                .body(ReplyResponse.of(card, solutions.problemOf(caller, solutionId), caller));
    }

    @PostMapping("/api/v1/solutions/{solutionId}/replies/{replyId}/hide")
    ReplyResponse hideReply(
            Caller caller,
            @PathVariable String solutionId,
            @PathVariable String replyId,
            @Valid @RequestBody ModerationRequest request) {
        ReplyCard card = solutions.moderateReply(caller, solutionId, replyId, true, request.reason());
        return ReplyResponse.of(card, solutions.problemOf(caller, solutionId), caller);
    }

    @PostMapping("/api/v1/solutions/{solutionId}/replies/{replyId}/restore")
    ReplyResponse restoreReply(
            Caller caller,
            @PathVariable String solutionId,
            @PathVariable String replyId,
            @Valid @RequestBody ModerationRequest request) {
        ReplyCard card = solutions.moderateReply(caller, solutionId, replyId, false, request.reason());
        return ReplyResponse.of(card, solutions.problemOf(caller, solutionId), caller);
    }

    @PostMapping("/api/v1/solutions/{solutionId}/replies/{replyId}/flags")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void flagReply(
            Caller caller,
            @PathVariable String solutionId,
            @PathVariable String replyId,
            @Valid @RequestBody ModerationRequest request) {
        solutions.flagReply(caller, solutionId, replyId, request.reason());
    }

    private ResponseEntity<SolutionResponse> ok(Solutions.Shown shown, Caller caller) {
        return ResponseEntity.ok()
                .eTag(Versions.etag(shown.card().version()))
                .body(SolutionResponse.of(
                        shown.card(),
                        shown.problem(),
                        caller,
                        solutions.votedBy(caller, shown.card().id())));
    }
}
