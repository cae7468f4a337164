package id.kombel.membership.identity;

import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ForbiddenException;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins rotate the signing key on demand (a suspected leak); it also rotates by itself. */
@RestController
@RequestMapping("/api/v1/admin/signing-keys/rotations")
class SigningKeyController {

    private final SigningKeys keys;

    SigningKeyController(SigningKeys keys) {
        this.keys = keys;
    }

    @PostMapping
    ResponseEntity<SigningKeyResponse> rotate(Caller caller) {
        if (!caller.isPlatformAdmin()) {
            throw new ForbiddenException(caller.memberId() + " is not a platform admin");
        }
        KeyRing.Entry current = keys.rotate();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new SigningKeyResponse(current.kid(), current.createdAt()));
    }

    /** The key that signs from now on. */
    record SigningKeyResponse(String keyId, Instant createdAt) {}
}
