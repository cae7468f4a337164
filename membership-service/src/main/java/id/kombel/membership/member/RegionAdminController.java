package id.kombel.membership.member;

import id.kombel.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform admins appoint and revoke region admins. Both are idempotent: appointing an admin again
 * or revoking one who is not changes nothing and raises no event. The member's next token carries
 * the change.
 */
@RestController
@RequestMapping("/api/v1/regions/{regionId}/admins/{memberId}")
class RegionAdminController {

    private final MemberService members;

    RegionAdminController(MemberService members) {
        this.members = members;
    }

    @PutMapping
    ResponseEntity<Void> appoint(Caller caller, @PathVariable String regionId, @PathVariable String memberId) {
        members.appointRegionAdmin(caller, regionId, memberId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping
    ResponseEntity<Void> revoke(Caller caller, @PathVariable String regionId, @PathVariable String memberId) {
        members.revokeRegionAdmin(caller, regionId, memberId);
        return ResponseEntity.noContent().build();
    }
}
