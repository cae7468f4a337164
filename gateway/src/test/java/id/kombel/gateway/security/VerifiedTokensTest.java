package id.kombel.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.test.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The cache of verified tokens in front of a decoder that records every token it is asked to
 * check: each token is checked once while it is valid, and the cache never accepts a token the
 * decoder did not accept, nor one that expired, nor one older than the key set's time to live.
 */
class VerifiedTokensTest {

    private static final Duration KEY_SET_TTL = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T02:00:00Z"));
    private final List<String> checked = new CopyOnWriteArrayList<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final ReactiveJwtDecoder decoder = token -> {
        checked.add(token);
        return refused.contains(token)
                ? Mono.error(new BadJwtException("refused"))
                : Mono.just(jwt(token, clock.instant().plus(Duration.ofMinutes(15))));
    };
    private final VerifiedTokens tokens = new VerifiedTokens(decoder, 3, KEY_SET_TTL, clock);

    @Test
    void checksATokenOnceHoweverManyRequestsCarryIt() {
        for (int request = 0; request < 50; request++) {
            assertThat(tokens.decode("token-a").block().getSubject()).isEqualTo("m-ani");
        }

        assertThat(checked).containsExactly("token-a");
    }

    @Test
    void checksATokenDifferingByOneCharacterAfresh() {
        tokens.decode("token-a").block();

        tokens.decode("token-b").block();

        assertThat(checked).containsExactly("token-a", "token-b");
    }

    @Test
    void neverRemembersARefusal() {
        refused.add("forged");

        for (int request = 0; request < 3; request++) {
            assertThat(tokens.decode("forged")
                            .onErrorResume(BadJwtException.class, refusal -> Mono.empty())
                            .block())
                    .isNull();
        }

        assertThat(checked).containsExactly("forged", "forged", "forged");
    }

    @Test
    void checksATokenAgainOnceItExpired() {
        tokens.decode("token-a").block();
        refused.add("token-a");

        later(Duration.ofMinutes(15));

        assertThat(tokens.decode("token-a")
                        .onErrorResume(BadJwtException.class, refusal -> Mono.empty())
                        .block())
                .isNull();
        assertThat(checked).containsExactly("token-a", "token-a");
    }

    @Test
    void checksATokenAgainAfterTheKeySetTimeToLiveSoThatAWithdrawnKeyStopsCounting() {
        Instant expiry = clock.instant().plus(Duration.ofHours(1));
        VerifiedTokens longLived = new VerifiedTokens(
                token -> {
                    checked.add(token);
                    return refused.contains(token)
                            ? Mono.error(new BadJwtException("refused"))
                            : Mono.just(jwt(token, expiry));
                },
                3,
                KEY_SET_TTL,
                clock);
        longLived.decode("token-a").block();
        later(KEY_SET_TTL.minusSeconds(1));
        longLived.decode("token-a").block();
        assertThat(checked).containsExactly("token-a");

        refused.add("token-a"); // its key was withdrawn
        later(Duration.ofSeconds(1));

        assertThat(longLived
                        .decode("token-a")
                        .onErrorResume(BadJwtException.class, refusal -> Mono.empty())
                        .block())
                .isNull();
        assertThat(checked).containsExactly("token-a", "token-a");
    }

    @Test
    void forgetsEveryTokenWhenTheSigningKeysChange() {
        tokens.decode("token-a").block();

        tokens.forgetAll();
        tokens.decode("token-a").block();

        assertThat(checked).containsExactly("token-a", "token-a");
    }

    @Test
    void remembersNoMoreTokensThanItsBound() {
        for (int member = 0; member < 100; member++) {
            tokens.decode("token-" + member).block();
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(3);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("m-ani")
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
                .expiresAt(expiresAt)
                .build();
    }

    private void later(Duration duration) {
        clock.advance(duration);
    }
}
