package id.kombel.platform.security;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token validation settings ({@code kombel.security.*}).
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience the value every token's {@code aud} must contain
 * @param jwksUri where membership-service publishes its signing keys
 * @param jwksCacheTtl how long fetched keys are used before they are fetched again (a failed fetch
 *     keeps the keys held: {@link RemoteSigningKeys})
 * @param jwksMinRefreshInterval the least time between two fetches, whatever tokens arrive
 * @param jwksTimeout how long a fetch may take
 * @param publicPaths requests served without a token, as {@code "METHOD /path/pattern"} or
 *     {@code "/path/pattern"} for every method
 */
@Validated
@ConfigurationProperties("kombel.security")
public record SecurityProperties(
        @DefaultValue("urn:kombel:membership") @NotBlank String issuer,
        @DefaultValue("kombel-api") @NotBlank String audience,

        @DefaultValue("http://localhost:8081/.well-known/jwks.json") @NotBlank
        String jwksUri,

        @DefaultValue("5m") Duration jwksCacheTtl,
        @DefaultValue("5s") Duration jwksMinRefreshInterval,
        @DefaultValue("2s") Duration jwksTimeout,

        @DefaultValue({}) List<String> publicPaths) {}
