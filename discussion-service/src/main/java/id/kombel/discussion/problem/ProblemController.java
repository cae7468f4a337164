package id.kombel.discussion.problem;

import id.kombel.membership.replica.Communities;
import id.kombel.platform.web.CursorPage;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProblemController {

    private final Communities communities;

    ProblemController(Communities communities) {
        this.communities = communities;
    }

    /** A community this service has not heard of is 404; a known one has no problems yet. */
    @GetMapping("/api/v1/communities/{communityId}/problems")
    CursorPage<Object> list(@PathVariable String communityId) {
        communities.require(communityId);
        return CursorPage.last(List.of());
    }
}
