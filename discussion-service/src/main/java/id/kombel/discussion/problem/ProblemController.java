package id.kombel.discussion.problem;

import id.kombel.discussion.moderation.ModerationRequest;
import id.kombel.discussion.problem.ProblemService.Moderation;
import id.kombel.discussion.problem.ProblemService.Seen;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
@Validated
class ProblemController {

    private final ProblemService problems;

    ProblemController(ProblemService problems) {
        this.problems = problems;
    }

    @PostMapping("/api/v1/communities/{communityId}/problems")
    ResponseEntity<ProblemResponse> post(
            Caller caller, @PathVariable String communityId, @Valid @RequestBody ProblemRequest request) {
        Problem problem = problems.post(caller, communityId, request);
        return ResponseEntity.created(URI.create("/api/v1/problems/" + problem.id()))
                .eTag(Versions.etag(problem.version()))
                .body(ProblemResponse.of(problem, problems.counters(problem.id()), caller, false));
    }

    /**
     * The community's visible problems, newest first by default; {@code q} finds problems with every
     * keyword (title and tag words by their start, description words whole), filters all combine.
     */
    @GetMapping("/api/v1/communities/{communityId}/problems")
    CursorPage<ProblemResponse> list(
            Caller caller,
            @PathVariable String communityId,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q,
            @RequestParam(required = false) @Nullable Category category,
            @RequestParam(required = false) @Nullable ProblemStatus status,
            @RequestParam(required = false) @Nullable @Size(max = 60) String subject,
            @RequestParam(required = false) @Nullable SchoolLevel level,
            @RequestParam(required = false) @Nullable @Size(max = 30) String tag,
            @RequestParam(required = false) ProblemSearch.@Nullable Sort sort,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        ProblemSearch search = new ProblemSearch(
                q, category, status, subject, level, tag, sort == null ? ProblemSearch.Sort.NEWEST : sort);
        ProblemService.Listed listed = problems.list(caller, communityId, search, PageRequest.of(cursor, limit));
        return new CursorPage<>(
                listed.page().items().stream()
                        .map(card -> ProblemResponse.of(card, caller, listed.callerLeads()))
                        .toList(),
                listed.page().next());
    }

    @GetMapping("/api/v1/problems/{problemId}")
    ResponseEntity<ProblemResponse> get(Caller caller, @PathVariable String problemId) {
        return ok(problems.get(caller, problemId), caller);
    }

    /** The author edits; {@code anonymous} cannot change after posting and is ignored here. */
    @PutMapping("/api/v1/problems/{problemId}")
    ResponseEntity<ProblemResponse> edit(
            Caller caller,
            @PathVariable String problemId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProblemRequest request) {
        return ok(problems.edit(caller, problemId, ifMatch, request), caller);
    }

    @PostMapping("/api/v1/problems/{problemId}/close")
    ResponseEntity<ProblemResponse> close(
            Caller caller,
            @PathVariable String problemId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(problems.close(caller, problemId, ifMatch), caller);
    }

    @PostMapping("/api/v1/problems/{problemId}/reopen")
    ResponseEntity<ProblemResponse> reopen(
            Caller caller,
            @PathVariable String problemId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(problems.reopen(caller, problemId, ifMatch), caller);
    }

    @PostMapping("/api/v1/problems/{problemId}/lock")
    ResponseEntity<ProblemResponse> lock(
            Caller caller,
            @PathVariable String problemId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ModerationRequest request) {
        return ok(problems.moderate(caller, problemId, ifMatch, Moderation.LOCK, request.reason()), caller);
    }

    @PostMapping("/api/v1/problems/{problemId}/unlock")
    ResponseEntity<ProblemResponse> unlock(
            Caller caller,
            @PathVariable String problemId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ModerationRequest request) {
        return ok(problems.moderate(caller, problemId, ifMatch, Moderation.UNLOCK, request.reason()), caller);
    }

    @PostMapping("/api/v1/problems/{problemId}/hide")
    ResponseEntity<ProblemResponse> hide(
            Caller caller,
            @PathVariable String problemId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ModerationRequest request) {
        return ok(problems.moderate(caller, problemId, ifMatch, Moderation.HIDE, request.reason()), caller);
    }

    @PostMapping("/api/v1/problems/{problemId}/restore")
    ResponseEntity<ProblemResponse> restore(
            Caller caller,
            @PathVariable String problemId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ModerationRequest request) {
        return ok(problems.moderate(caller, problemId, ifMatch, Moderation.RESTORE, request.reason()), caller);
    }

    /** Any member flags the problem for the leads' attention. */
    @PostMapping("/api/v1/problems/{problemId}/flags")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void flag(Caller caller, @PathVariable String problemId, @Valid @RequestBody ModerationRequest request) {
        problems.flag(caller, problemId, request.reason());
    }

    private ResponseEntity<ProblemResponse> ok(Seen seen, Caller caller) {
        Problem problem = seen.problem();
        return ResponseEntity.ok()
                .eTag(Versions.etag(problem.version()))
                .body(ProblemResponse.of(problem, problems.counters(problem.id()), caller, seen.leads()));
    }
}
