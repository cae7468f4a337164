package id.kombel.membership.identity;

import id.kombel.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** Unknown, expired, revoked or already used: the client must sign in again. */
class InvalidRefreshTokenException extends ApiException {

    InvalidRefreshTokenException() {
        super(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "refresh token refused");
    }
}
