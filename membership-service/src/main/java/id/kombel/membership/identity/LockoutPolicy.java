package id.kombel.membership.identity;

import java.time.Duration;
import java.util.Optional;

/**
 * After {@code threshold} consecutive failures, sign-in is locked: first for {@code firstDelay}, then
 * twice as long for every further failure (1, 2, 4 ... minutes by default) up to {@code maxDelay}.
 * Guessing a password stays possible for its owner and hopeless for anyone else.
 */
final class LockoutPolicy {

    /** Far beyond any sensible maximum; keeps the shift from overflowing. */
    private static final int MAX_DOUBLINGS = 30;

    private final IdentityProperties.Lockout settings;

    LockoutPolicy(IdentityProperties.Lockout settings) {
        this.settings = settings;
    }

    /** The lock that follows this many consecutive failures, if any. */
    Optional<Duration> lockAfter(int consecutiveFailures) {
        if (consecutiveFailures < settings.threshold()) {
            return Optional.empty();
        }
        int doublings = Math.min(consecutiveFailures - settings.threshold(), MAX_DOUBLINGS);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
    }
}
