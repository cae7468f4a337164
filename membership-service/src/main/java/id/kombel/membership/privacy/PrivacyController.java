package id.kombel.membership.privacy;

import id.kombel.membership.privacy.PrivacyRequests.ErasureRecord;
import id.kombel.membership.privacy.PrivacyRequests.ErasureRequestBody;
import id.kombel.membership.privacy.PrivacyRequests.ErasureResponse;
import id.kombel.membership.privacy.PrivacyRequests.ExportResponse;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PrivacyController {

    private final PrivacyService privacy;
    private final Clock clock;

    PrivacyController(PrivacyService privacy, Clock clock) {
        this.privacy = privacy;
        this.clock = clock;
    }

    @PostMapping("/api/v1/members/me/exports")
    ResponseEntity<ExportResponse> requestExport(Caller caller) {
        ExportRequest request = privacy.requestExport(caller);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/members/me/exports/" + request.id()))
                .body(ExportResponse.of(request, clock.instant()));
    }

    @GetMapping("/api/v1/members/me/exports/{requestId}")
    ExportResponse export(Caller caller, @PathVariable String requestId) {
        return ExportResponse.of(privacy.export(caller, requestId), clock.instant());
    }

    @GetMapping("/api/v1/members/me/exports/{requestId}/archive")
    ResponseEntity<Map<String, Object>> archive(Caller caller, @PathVariable String requestId) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"kombel-data-" + requestId + ".json\"")
                .body(privacy.archive(caller, requestId));
    }

    @PostMapping("/api/v1/members/me/erasure")
    ResponseEntity<ErasureResponse> requestErasure(Caller caller, @Valid @RequestBody ErasureRequestBody body) {
        ErasureRequest request = privacy.requestErasure(caller, body.password());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/members/erasures/" + request.id()))
                .body(ErasureResponse.of(request));
    }

    /** Public: the member has no token any more; the id is an unguessable UUID and tells no one's name. */
    @GetMapping("/api/v1/members/erasures/{requestId}")
    ErasureResponse erasure(@PathVariable String requestId) {
        return ErasureResponse.of(privacy.erasure(requestId));
    }

    @GetMapping("/api/v1/admin/erasures")
    CursorPage<ErasureRecord> erasures(
            Caller caller,
            @RequestParam(required = false) @Nullable String regionId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<ErasureRequest> page = privacy.erasures(caller, regionId, PageRequest.of(cursor, limit));
        return new CursorPage<>(page.items().stream().map(ErasureRecord::of).toList(), page.next());
    }
}
