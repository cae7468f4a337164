package id.kombel.membership.identity;

import id.kombel.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** Wrong email or wrong password: one answer for both, so nobody learns which accounts exist. */
class InvalidCredentialsException extends ApiException {

    InvalidCredentialsException() {
        super(HttpStatus.UNAUTHORIZED, "invalid-credentials", "sign-in refused");
    }
}
