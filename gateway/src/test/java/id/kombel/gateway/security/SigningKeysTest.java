package id.kombel.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.kombel.test.MovableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** The key cache without a network: a WebClient whose exchange function plays membership-service. */
class SigningKeysTest {

    private static final RSAKey FIRST = key("first");
    private static final RSAKey ROTATED = key("rotated");

    private final List<RSAKey> published = new CopyOnWriteArrayList<>(List.of(FIRST));
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile boolean reachable = true;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T02:00:00Z"));

    private final SigningKeys keys = new SigningKeys(
            WebClient.builder().exchangeFunction(request -> answer()).build(),
            new TokenProperties(
                    "urn:kombel:membership",
                    "kombel-api",
                    URI.create("http://membership/.well-known/jwks.json"),
                    Duration.ofMinutes(5),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(2),
                    List.of(),
                    10000),
            clock);

    @Test
    void fetchesTheKeysOnceAndServesLaterTokensFromTheCache() {
        assertThat(keyIds(FIRST)).containsExactly("first");
        assertThat(keyIds(FIRST)).containsExactly("first");
        assertThat(fetches).hasValue(1);
    }

    @Test
    void refetchesWhenATokenNamesAKeyItHasNotSeenButNotMoreOftenThanTheMinimumInterval() {
        keyIds(FIRST);
        published.add(ROTATED);

        later(Duration.ofSeconds(6));
        assertThat(keyIds(ROTATED)).containsExactly("rotated");
        assertThat(fetches).hasValue(2);

        RSAKey madeUp = key("made-up");
        assertThat(keyIds(madeUp)).isEmpty();
        assertThat(keyIds(madeUp)).isEmpty();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void stopsTrustingAWithdrawnKeyOnceTheCacheExpires() {
        keyIds(FIRST);
        published.set(0, ROTATED);
        assertThat(keyIds(FIRST)).containsExactly("first");

        later(Duration.ofMinutes(6));
        assertThat(keyIds(FIRST)).isEmpty();
    }

    @Test
    void tellsWhoeverRemembersVerifiedTokensWhenTheKeysChangeAndOnlyThen() {
        AtomicInteger changes = new AtomicInteger();
        keys.onChange(changes::incrementAndGet);
        keyIds(FIRST);
        later(Duration.ofMinutes(6));
        keyIds(FIRST);
        assertThat(fetches).hasValue(2);
        assertThat(changes).hasValue(0);

        published.set(0, ROTATED);
        later(Duration.ofMinutes(6));
        keyIds(FIRST);

        assertThat(changes).hasValue(1);
    }

    @Test
    void keepsUsingFetchedKeysWhileMembershipServiceIsOutOfReach() {
        keyIds(FIRST);
        reachable = false;
        later(Duration.ofMinutes(6));
        assertThat(keyIds(FIRST)).containsExactly("first");
    }

    @Test
    void failsAsUnavailableWhenKeysNeverCouldBeFetched() {
        reachable = false;
        assertThat(keys.forToken(token(FIRST))
                        .collectList()
                        .onErrorReturn(JwksUnavailableException.class, List.of())
                        .block())
                .isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> keys.forToken(token(ROTATED)).collectList().block())
                .isInstanceOf(JwksUnavailableException.class);
    }

    private List<String> keyIds(RSAKey signer) {
        return keys.forToken(token(signer))
                .map(jwk -> jwk.getKeyID())
                .collectList()
                .block();
    }

    private void later(Duration duration) {
        clock.advance(duration);
    }

    private Mono<ClientResponse> answer() {
        fetches.incrementAndGet();
        if (!reachable) {
            return Mono.just(
                    ClientResponse.create(HttpStatus.SERVICE_UNAVAILABLE).build());
        }
        String body = new JWKSet(published.stream()
                        .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
                        .toList())
                .toString();
        return Mono.just(ClientResponse.create(HttpStatus.OK)
                .header("Content-Type", "application/json")
                .body(body)
                .build());
    }

    private static SignedJWT token(RSAKey signer) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signer.getKeyID())
                            .build(),
                    new JWTClaimsSet.Builder().subject("m-ani").build());
            jwt.sign(new RSASSASigner(signer));
            return jwt;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
