package id.kombel.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

/**
 * Decodes access tokens: an RS256 signature by one of membership-service's keys (no other
 * algorithm, so neither {@code alg: none} nor an HMAC keyed with the public key passes), the
 * issuer, the audience, and an expiry that must be present and not past. A token that fails any
 * check is a {@link BadJwtException} (401); keys that cannot be fetched are a plain
 * {@link JwtException}, which Spring Security reports as a service failure (503 here).
 */
final class TokenDecoding {

    /**
     * Spring Security's claim types, except that {@code iss} stays text. By default it tries to make
     * the issuer a {@code java.net.URL}: ours ({@code urn:kombel:membership}) is not one, and every
     * failed attempt searched all the application's jars for a {@code urn:} protocol handler and
     * threw four exceptions, on every request. The issuer check compares text either way.
     */
    private static final MappedJwtClaimSetConverter CLAIMS = MappedJwtClaimSetConverter.withDefaults(
            Map.<String, Converter<Object, ?>>of(JwtClaimNames.ISS, issuer -> issuer.toString()));

    private TokenDecoding() {}

    /**
     * The decoder, behind a cache of the tokens it accepted (see {@link VerifiedTokens}), which is
     * emptied whenever membership-service's keys change.
     */
    static ReactiveJwtDecoder decoder(SigningKeys keys, TokenProperties properties, Clock clock, MeterRegistry meters) {
        VerifiedTokens verified = new VerifiedTokens(
                verifying(keys, properties), properties.verifiedTokens(), properties.jwksCacheTtl(), clock);
        keys.onChange(verified::forgetAll);
        verified.bindTo(meters);
        return verified;
    }

    /** Checks the signature and the claims of every token it is given. */
    static ReactiveJwtDecoder verifying(SigningKeys keys, TokenProperties properties) {
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSource(keys::forToken)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        nimbus.setJwtValidator(validator(properties));
        nimbus.setClaimSetConverter(CLAIMS);
        return token -> Mono.defer(() -> nimbus.decode(token)).onErrorMap(TokenDecoding::classify);
    }

    static OAuth2TokenValidator<Jwt> validator(TokenProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(properties.audience())),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, StringUtils::hasText));
    }

    private static Throwable classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwksUnavailableException) {
                return new JwtException(cause.getMessage(), cause);
            }
        }
        return failure instanceof BadJwtException ? failure : new BadJwtException(failure.getMessage(), failure);
    }
}
