package id.kombel.membership.community;

import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/communities")
class CommunityController {

    private final CommunityService communities;

    CommunityController(CommunityService communities) {
        this.communities = communities;
    }

    @PostMapping
    ResponseEntity<CommunityResponse> propose(@Valid @RequestBody ProposeCommunityRequest request) {
        Community community = communities.propose(request);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.id()))
                .eTag(Versions.etag(community.version()))
                .body(CommunityResponse.of(community));
    }

    @GetMapping("/{communityId}")
    ResponseEntity<CommunityResponse> get(@PathVariable String communityId) {
        Community community = communities.get(communityId);
        return ResponseEntity.ok().eTag(Versions.etag(community.version())).body(CommunityResponse.of(community));
    }
}
