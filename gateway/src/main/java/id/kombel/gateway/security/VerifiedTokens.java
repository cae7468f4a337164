package id.kombel.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens the decoder accepted, so that a member's requests cost one RSA signature
 * check per access token instead of one per request (a client sends the same token until it
 * expires). Nothing passes that the decoder would refuse:
 *
 * <ul>
 *   <li>only tokens the decoder accepted are remembered, under the SHA-256 of the whole token, so a
 *       token changed by one byte is a different token and is checked afresh; refusals are not
 *       remembered;
 *   <li>an entry ends when its token expires ({@code exp}, without the decoder's clock skew), and
 *       after at most {@code maximumAge} (the key set's time to live), so a key membership-service
 *       withdrew stops being trusted no later than it would without this cache;
 *   <li>every entry is dropped as soon as the signing keys change ({@link #forgetAll()});
 *   <li>at most {@code maximumSize} tokens are remembered.
 * </ul>
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final Duration maximumAge;
    private final Clock clock;
    private final Cache<String, Verified> verified;

    VerifiedTokens(ReactiveJwtDecoder decoder, long maximumSize, Duration maximumAge, Clock clock) {
        this.decoder = decoder;
        this.maximumAge = maximumAge;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                // frees the memory; whether an entry may still be used is decided in decode()
                .expireAfter(Expiry.creating((String key, Verified entry) -> durationUntil(entry.notAfter())))
                .recordStats()
                .build();
    }

    /**
     * {@code cache.gets{cache="verified-tokens", result="hit"|"miss"}}: a miss is a full signature
     * check, so hits over gets is the share of requests that cost no RSA work.
     */
    void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, verified, "verified-tokens");
    }

    @Override
    public Mono<Jwt> decode(String token) {
        String key = fingerprint(token);
        Verified entry = verified.getIfPresent(key);
        if (entry != null && clock.instant().isBefore(entry.notAfter())) {
            return Mono.just(entry.jwt());
        }
        return decoder.decode(token).doOnNext(jwt -> remember(key, jwt));
    }

    /** Called when the signing keys change: every token is checked against the new keys. */
    void forgetAll() {
        verified.invalidateAll();
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private void remember(String key, Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return;
        }
        Instant latest = clock.instant().plus(maximumAge);
        Instant notAfter = expiresAt.isBefore(latest) ? expiresAt : latest;
        if (clock.instant().isBefore(notAfter)) {
            verified.put(key, new Verified(jwt, notAfter));
        }
    }

    private Duration durationUntil(Instant instant) {
        Duration left = Duration.between(clock.instant(), instant);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String fingerprint(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(impossible);
        }
    }

    private record Verified(Jwt jwt, Instant notAfter) {}
}
