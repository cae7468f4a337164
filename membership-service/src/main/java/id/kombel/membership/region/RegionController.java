package id.kombel.membership.region;

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

@RestController
@RequestMapping("/api/v1/regions")
class RegionController {

    private final Regions regions;

    RegionController(Regions regions) {
        this.regions = regions;
    }

    @PostMapping
    ResponseEntity<RegionResponse> create(Caller caller, @Valid @RequestBody RegionRequest request) {
        Region region = regions.create(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/regions/" + region.id()))
                .eTag(Versions.etag(region.version()))
                .body(RegionResponse.of(region));
    }

    @GetMapping
    CursorPage<RegionResponse> list(
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Region> page = regions.list(PageRequest.of(cursor, limit));
        return new CursorPage<>(page.items().stream().map(RegionResponse::of).toList(), page.next());
    }

    @GetMapping("/{regionId}")
    ResponseEntity<RegionResponse> get(@PathVariable String regionId) {
        Region region = regions.get(regionId);
        return ResponseEntity.ok().eTag(Versions.etag(region.version())).body(RegionResponse.of(region));
    }

    @PutMapping("/{regionId}")
    ResponseEntity<RegionResponse> update(
            Caller caller,
            @PathVariable String regionId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody RegionUpdate request) {
        Region region = regions.update(caller, regionId, ifMatch, request);
        return ResponseEntity.ok().eTag(Versions.etag(region.version())).body(RegionResponse.of(region));
    }
}
