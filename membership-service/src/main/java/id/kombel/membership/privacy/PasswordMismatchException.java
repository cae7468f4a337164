package id.kombel.membership.privacy;

import id.kombel.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** Erasure asks for the password again; this one is not the member's. */
class PasswordMismatchException extends ApiException {

    PasswordMismatchException() {
        super(HttpStatus.FORBIDDEN, "password-mismatch", "erasure refused: wrong password");
    }
}
