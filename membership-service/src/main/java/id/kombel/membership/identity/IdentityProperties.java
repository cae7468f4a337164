package id.kombel.membership.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token and sign-in settings ({@code kombel.identity.*}). Issuer and audience are the platform's
 * ({@code kombel.security.*}), shared with every service that validates the tokens.
 *
 * @param accessTokenTtl how long an access token is valid
 * @param refreshTokenTtl how long a refresh token is valid; each rotation starts a new period
 * @param keyRotation how old the current signing key may get before a new one replaces it
 * @param keyRetirementMargin how long a replaced key stays published beyond the access-token TTL
 *     (clock skew, requests in flight)
 * @param keyCheckInterval how often each instance reloads the keys and rotates a key that is due
 * @param lockout when and for how long sign-in is refused after failures
 * @param bootstrapAdmin the platform admin created on first start, if configured
 */
@Validated
@ConfigurationProperties("kombel.identity")
record IdentityProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("30d") Duration keyRotation,
        @DefaultValue("5m") Duration keyRetirementMargin,
        @DefaultValue("1m") Duration keyCheckInterval,
        @DefaultValue @Valid Lockout lockout,
        @DefaultValue @Valid BootstrapAdmin bootstrapAdmin) {

    /** How long a replaced signing key keeps validating: every token it signed has expired by then. */
    Duration keyRetirement() {
        return accessTokenTtl.plus(keyRetirementMargin);
    }

    /**
     * @param threshold consecutive failures that lock sign-in
     * @param firstDelay the first lock; each further failure doubles it
     * @param maxDelay the longest lock
     */
    record Lockout(
            @DefaultValue("5") @Min(1) int threshold,
            @DefaultValue("1m") Duration firstDelay,
            @DefaultValue("1h") Duration maxDelay) {}

    /** Empty email or password: no admin is created. */
    record BootstrapAdmin(
            @DefaultValue("") String email,
            @DefaultValue("") String password,
            @DefaultValue("Admin Platform") String name) {

        boolean configured() {
            return !email.isBlank() && !password.isBlank();
        }
    }
}
