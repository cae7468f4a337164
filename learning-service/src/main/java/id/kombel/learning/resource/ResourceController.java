package id.kombel.learning.resource;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog as seen from one community: its resources and its region's. */
@RestController
class ResourceController {

    private static final String RESOURCES = "/api/v1/communities/{communityId}/resources";
    private static final String RESOURCE = RESOURCES + "/{resourceId}";

    private final ResourceService resources;

    ResourceController(ResourceService resources) {
        this.resources = resources;
    }

    @PostMapping(RESOURCES)
    ResponseEntity<ResourceResponse> share(
            Caller caller, @PathVariable String communityId, @Valid @RequestBody ResourceRequest request) {
        Resource resource = resources.share(caller, communityId, request);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + communityId + "/resources/" + resource.id()))
                .eTag(Versions.etag(resource.version()))
                .body(ResourceResponse.of(resource, true));
    }

    /** Newest first; {@code q} finds resources having every keyword as a word, the facets combine with it. */
    @GetMapping(RESOURCES)
    CursorPage<ResourceResponse> list(
            Caller caller,
            @PathVariable String communityId,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q,
            @RequestParam(required = false) @Nullable ResourcePlatform platform,
            @RequestParam(required = false) @Nullable ResourceKind kind,
            @RequestParam(required = false) @Nullable @Size(max = 60) String subject,
            @RequestParam(required = false) @Nullable Level level,
            @RequestParam(required = false) @Nullable @Size(max = 40) String tag,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Resource> page = resources.list(
                caller,
                communityId,
                new ResourceFilter(q, platform, kind, subject, level, tag),
                PageRequest.of(cursor, limit));
        return new CursorPage<>(
                page.items().stream()
                        .map(resource -> ResourceResponse.of(resource, resources.seesReports(caller, resource)))
                        .toList(),
                page.next());
    }

    @GetMapping(RESOURCE)
    ResponseEntity<ResourceResponse> get(
            Caller caller, @PathVariable String communityId, @PathVariable String resourceId) {
        return ok(caller, resources.get(caller, communityId, resourceId));
    }

    @PutMapping(RESOURCE)
    ResponseEntity<ResourceResponse> update(
            Caller caller,
            @PathVariable String communityId,
            @PathVariable String resourceId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ResourceRequest request) {
        return ok(caller, resources.update(caller, communityId, resourceId, ifMatch, request));
    }

    @DeleteMapping(RESOURCE)
    ResponseEntity<Void> remove(
            Caller caller,
            @PathVariable String communityId,
            @PathVariable String resourceId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        resources.remove(caller, communityId, resourceId, ifMatch);
        return ResponseEntity.noContent().build();
    }

    /** One rating per member: rating again replaces the earlier one. */
    @PutMapping(RESOURCE + "/rating")
    ResponseEntity<ResourceResponse> rate(
            Caller caller,
            @PathVariable String communityId,
            @PathVariable String resourceId,
            @Valid @RequestBody RateRequest request) {
        return ok(caller, resources.rate(caller, communityId, resourceId, request.stars()));
    }

    @PostMapping(RESOURCE + "/reports")
    ResponseEntity<ResourceResponse> report(
            Caller caller, @PathVariable String communityId, @PathVariable String resourceId) {
        return ok(caller, resources.report(caller, communityId, resourceId));
    }

    @PutMapping(RESOURCE + "/bookmark")
    ResponseEntity<Void> bookmark(Caller caller, @PathVariable String communityId, @PathVariable String resourceId) {
        resources.bookmark(caller, communityId, resourceId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(RESOURCE + "/bookmark")
    ResponseEntity<Void> unbookmark(Caller caller, @PathVariable String communityId, @PathVariable String resourceId) {
        resources.unbookmark(caller, communityId, resourceId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/resources/bookmarks")
    CursorPage<BookmarkResponse> bookmarks(
            Caller caller,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return resources.bookmarks(caller, PageRequest.of(cursor, limit));
    }

    private ResponseEntity<ResourceResponse> ok(Caller caller, Resource resource) {
        return ResponseEntity.ok()
                .eTag(Versions.etag(resource.version()))
                .body(ResourceResponse.of(resource, resources.seesReports(caller, resource)));
    }
}
