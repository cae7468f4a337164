package id.kombel.discussion.trial;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrialController {

    private final Trials trials;

    TrialController(Trials trials) {
        this.trials = trials;
    }

    /** The caller commits to try the solution in class by {@code dueOn}; one trial per member and solution. */
    @PostMapping("/api/v1/solutions/{solutionId}/trials")
    ResponseEntity<TrialResponse> commit(
            Caller caller, @PathVariable String solutionId, @Valid @RequestBody TrialRequests.Commit request) {
        Trials.Seen seen = trials.commit(caller, solutionId, request);
        return ResponseEntity.created(
                        URI.create("/api/v1/trials/" + seen.trial().id()))
                .eTag(Versions.etag(seen.trial().version()))
                .body(TrialResponse.of(seen.trial(), seen.problem(), caller));
    }

    @GetMapping("/api/v1/trials/{trialId}")
    ResponseEntity<TrialResponse> get(Caller caller, @PathVariable String trialId) {
        return ok(trials.get(caller, trialId), caller);
    }

    /** The member who committed reports how it went, once. */
    @PostMapping("/api/v1/trials/{trialId}/outcome")
    ResponseEntity<TrialResponse> report(
            Caller caller,
            @PathVariable String trialId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TrialRequests.Report request) {
        return ok(trials.report(caller, trialId, ifMatch, request), caller);
    }

    private ResponseEntity<TrialResponse> ok(Trials.Seen seen, Caller caller) {
        return ResponseEntity.ok()
                .eTag(Versions.etag(seen.trial().version()))
                .body(TrialResponse.of(seen.trial(), seen.problem(), caller));
    }
}
