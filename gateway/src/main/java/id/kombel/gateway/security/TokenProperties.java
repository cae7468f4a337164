package id.kombel.gateway.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token validation at the edge ({@code kombel.gateway.tokens.*}).
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience the value every token's {@code aud} must contain
 * @param jwksUri where membership-service publishes its signing keys
 * @param jwksCacheTtl how long fetched keys are used before they are fetched again, so that a key
 *     membership-service withdrew stops being trusted
 * @param jwksMinRefreshInterval the least time between two fetches caused by tokens naming an unknown
 *     key, so that made-up key ids cannot flood membership-service with fetches
 * @param jwksTimeout how long a fetch may take
 * @param publicPaths requests served without a token, as {@code "METHOD /path/pattern"} or
 *     {@code "/path/pattern"} for every method
 * @param verifiedTokens how many verified tokens are remembered at most, so that a member's
 *     requests cost one signature check per token rather than one per request (see {@code
 *     VerifiedTokens}; about 2 KB each)
 */
@Validated
@ConfigurationProperties("kombel.gateway.tokens")
public record TokenProperties(
        @DefaultValue("urn:kombel:membership") @NotBlank String issuer,
        @DefaultValue("kombel-api") @NotBlank String audience,
        @NotNull URI jwksUri,
        @DefaultValue("5m") Duration jwksCacheTtl,
        @DefaultValue("5s") Duration jwksMinRefreshInterval,
        @DefaultValue("2s") Duration jwksTimeout,
        @DefaultValue({}) List<String> publicPaths,
        @DefaultValue("10000") @Min(1) int verifiedTokens) {}
