package id.kombel.membership.engagement;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's engagement profile and its sharing, and a co-member's shared profile. Deliberately no
 * list or ranking of members: the profile encourages, it does not compete.
 */
@RestController
@RequestMapping("/api/v1/engagement")
class EngagementController {

    private final EngagementService engagement;

    EngagementController(EngagementService engagement) {
        this.engagement = engagement;
    }

    /** The ETag is the sharing setting's version, for {@code PUT /me/sharing}. */
    @GetMapping("/me")
    ResponseEntity<EngagementProfile> mine(Caller caller) {
        EngagementSharing sharing = engagement.sharing(caller.memberId());
        return ResponseEntity.ok().eTag(Versions.etag(sharing.version())).body(engagement.mine(caller));
    }

    @PutMapping("/me/sharing")
    ResponseEntity<Map<String, Boolean>> share(
            Caller caller,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SharingRequest request) {
        EngagementSharing sharing = engagement.share(caller, ifMatch, request.shared());
        return ResponseEntity.ok().eTag(Versions.etag(sharing.version())).body(Map.of("shared", sharing.shared()));
    }

    /** A co-member's profile when they share it; 404 otherwise, as for someone who does not exist. */
    @GetMapping("/{memberId}")
    EngagementProfile of(Caller caller, @PathVariable String memberId) {
        return engagement.of(caller, memberId);
    }
}
