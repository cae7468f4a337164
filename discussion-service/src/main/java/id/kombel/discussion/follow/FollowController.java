package id.kombel.discussion.follow;

import id.kombel.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's subscription to a problem: PUT to follow, DELETE to stop; both idempotent. */
@RestController
class FollowController {

    private final Follows follows;

    FollowController(Follows follows) {
        this.follows = follows;
    }

    record Following(String problemId, boolean following) {}

    @GetMapping("/api/v1/problems/{problemId}/follow")
    Following get(Caller caller, @PathVariable String problemId) {
        return new Following(problemId, follows.follows(caller, problemId));
    }

    @PutMapping("/api/v1/problems/{problemId}/follow")
    ResponseEntity<Following> follow(Caller caller, @PathVariable String problemId) {
        boolean created = follows.follow(caller, problemId);
        return ResponseEntity.status(created ? 201 : 200).body(new Following(problemId, true));
    }

    @DeleteMapping("/api/v1/problems/{problemId}/follow")
    Following unfollow(Caller caller, @PathVariable String problemId) {
        follows.unfollow(caller, problemId);
        return new Following(problemId, false);
    }
}
