package id.kombel.membership.member;

import id.kombel.platform.security.Caller;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    /** Public: anyone may register; the answer is the new member's own view. */
    @PostMapping
    ResponseEntity<ProfileResponse> register(@Valid @RequestBody RegistrationRequest request) {
        Member member = members.register(request);
        return ResponseEntity.created(URI.create("/api/v1/members/" + member.id()))
                .eTag(Versions.etag(member.version()))
                .body(ProfileResponse.of(member));
    }

    @GetMapping("/me")
    ResponseEntity<ProfileResponse> me(Caller caller) {
        Member member = members.me(caller);
        return ResponseEntity.ok().eTag(Versions.etag(member.version())).body(ProfileResponse.of(member));
    }

    @PutMapping("/me")
    ResponseEntity<ProfileResponse> updateProfile(
            Caller caller,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProfileUpdate update) {
        Member member = members.updateProfile(caller, ifMatch, update);
        return ResponseEntity.ok().eTag(Versions.etag(member.version())).body(ProfileResponse.of(member));
    }

    @GetMapping("/{memberId}")
    PeerProfileResponse peer(@PathVariable String memberId) {
        return members.peerView(memberId);
    }
}
