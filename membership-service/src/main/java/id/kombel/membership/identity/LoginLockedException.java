package id.kombel.membership.identity;

import id.kombel.platform.web.ApiException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** Sign-in is locked after repeated failures; answered 429 with {@code Retry-After}. */
class LoginLockedException extends ApiException {

    private final long retryAfterSeconds;

    LoginLockedException(Duration remaining) {
        super(HttpStatus.TOO_MANY_REQUESTS, "login-locked", "sign-in locked", wholeMinutes(remaining));
        this.retryAfterSeconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long wholeMinutes(Duration remaining) {
        return Math.max(1, (remaining.toSeconds() + 59) / 60);
    }
}
