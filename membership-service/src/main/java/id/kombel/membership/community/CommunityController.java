package id.kombel.membership.community;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
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

@RestController
@RequestMapping("/api/v1/communities")
class CommunityController {

    private final CommunityService communities;

    CommunityController(CommunityService communities) {
        this.communities = communities;
    }

    @PostMapping
    ResponseEntity<CommunityResponse> propose(Caller caller, @Valid @RequestBody ProposeCommunityRequest request) {
        Community community = communities.propose(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.id()))
                .eTag(Versions.etag(community.version()))
                .body(response(community));
    }

    /**
     * Active communities by default; {@code status=PROPOSED|REJECTED} only for the admins of {@code
     * regionId}. {@code q} finds names with words starting with each keyword; all filters combine.
     */
    @GetMapping
    CursorPage<CommunityResponse> list(
            Caller caller,
            @RequestParam(required = false) @Nullable CommunityStatus status,
            @RequestParam(required = false) @Nullable @Size(max = 64) String regionId,
            @RequestParam(required = false) @Nullable CommunityType type,
            @RequestParam(required = false) @Nullable @Size(max = 60) String subject,
            @RequestParam(required = false) @Nullable EducationLevel level,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CommunityFilter filter = new CommunityFilter(
                status == null ? CommunityStatus.ACTIVE : status, regionId, type, subject, level, q);
        CursorPage<Community> page = communities.list(caller, filter, PageRequest.of(cursor, limit));
        Map<String, ZoneId> zones = new HashMap<>(); // a page's communities share few regions
        Instant now = communities.clock().instant();
        return new CursorPage<>(
                page.items().stream()
                        .map(community -> CommunityResponse.of(
                                community, zones.computeIfAbsent(community.regionId(), communities::zoneOf), now))
                        .toList(),
                page.next());
    }

    @GetMapping("/{communityId}")
    ResponseEntity<CommunityResponse> get(Caller caller, @PathVariable String communityId) {
        return ok(communities.get(caller, communityId));
    }

    @PutMapping("/{communityId}")
    ResponseEntity<CommunityResponse> update(
            Caller caller,
            @PathVariable String communityId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody UpdateCommunityRequest request) {
        return ok(communities.update(caller, communityId, ifMatch, request));
    }

    /** The region's admin verifies a proposed community that has its lead and two co-leads. */
    @PostMapping("/{communityId}/verify")
    ResponseEntity<CommunityResponse> verify(
            Caller caller,
            @PathVariable String communityId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(communities.verify(caller, communityId, ifMatch));
    }

    @PostMapping("/{communityId}/reject")
    ResponseEntity<CommunityResponse> reject(
            Caller caller,
            @PathVariable String communityId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody RejectCommunityRequest request) {
        return ok(communities.reject(caller, communityId, ifMatch, request.reason()));
    }

    @PostMapping("/{communityId}/archive")
    ResponseEntity<CommunityResponse> archive(
            Caller caller,
            @PathVariable String communityId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(communities.archive(caller, communityId, ifMatch));
    }

    private ResponseEntity<CommunityResponse> ok(Community community) {
        return ResponseEntity.ok().eTag(Versions.etag(community.version())).body(response(community));
    }

    private CommunityResponse response(Community community) {
        return CommunityResponse.of(
                community,
                communities.zoneOf(community.regionId()),
                communities.clock().instant());
    }
}
