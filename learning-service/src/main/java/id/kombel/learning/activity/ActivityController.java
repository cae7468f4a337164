package id.kombel.learning.activity;

import id.kombel.membership.replica.Communities;
import id.kombel.platform.web.CursorPage;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActivityController {

    private final Communities communities;

    ActivityController(Communities communities) {
        this.communities = communities;
    }

    /** A community this service has not heard of is 404; a known one has no activities yet. */
    @GetMapping("/api/v1/communities/{communityId}/activities")
    CursorPage<Object> list(@PathVariable String communityId) {
        communities.require(communityId);
        return CursorPage.last(List.of());
    }
}
