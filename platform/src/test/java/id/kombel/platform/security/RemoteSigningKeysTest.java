package id.kombel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import id.kombel.test.MovableClock;
import id.kombel.test.TestIdentity;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The keys a service checks tokens with: fetched once and kept, fetched again on a new key id at
 * most once per interval, and kept through an outage of membership-service.
 */
class RemoteSigningKeysTest {

    static final TestIdentity identity = TestIdentity.shared();

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));
    final RemoteSigningKeys keys = new RemoteSigningKeys(
            new SecurityProperties(
                    TestIdentity.ISSUER,
                    TestIdentity.AUDIENCE,
                    identity.jwksUri(),
                    Duration.ofMinutes(5),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(2),
                    List.of()),
            clock);

    @AfterEach
    void issuerBackOnline() {
        identity.bringJwksBack();
    }

    @Test
    void fetchesOnceAndKeepsTheKeysForTheirTimeToLive() throws Exception {
        int before = identity.jwksFetches();

        assertThat(keysFor(identity.member("m-1"))).hasSize(1);
        clock.advance(Duration.ofMinutes(4));
        assertThat(keysFor(identity.member("m-2"))).hasSize(1);

        assertThat(identity.jwksFetches() - before).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(keysFor(identity.member("m-3"))).hasSize(1);
        assertThat(identity.jwksFetches() - before)
                .as("fetched again after five minutes")
                .isEqualTo(2);
    }

    @Test
    void keepsTheKeysItHoldsWhileTheIssuerIsOffline() throws Exception {
        assertThat(keysFor(identity.member("m-1"))).hasSize(1);
        identity.takeJwksOffline();

        clock.advance(Duration.ofHours(3));

        assertThat(keysFor(identity.member("m-1")))
                .as("stale, but the issuer cannot be asked")
                .hasSize(1);
        assertThat(keysFor(identity.member("m-1"))).hasSize(1);

        clock.advance(Duration.ofSeconds(6));
        String rotatedDuringTheOutage = identity.signedWith(TestIdentity.newKey(), "m-1");
        assertThatThrownBy(() -> keysFor(rotatedDuringTheOutage))
                .as("a key not held cannot be judged while the issuer is down")
                .isInstanceOf(RemoteKeySourceException.class);
        assertThat(keysFor(rotatedDuringTheOutage))
                .as("within the interval: not found")
                .isEmpty();
        assertThat(keysFor(identity.member("m-1"))).hasSize(1);
    }

    @Test
    void refusesWithAServerSideFailureWhenItNeverHadTheKeys() throws Exception {
        identity.takeJwksOffline();

        assertThatThrownBy(() -> keysFor(identity.member("m-1"))).isInstanceOf(RemoteKeySourceException.class);
        assertThatThrownBy(() -> keysFor(identity.member("m-1")))
                .as("not asked again within the interval, still refused")
                .isInstanceOf(RemoteKeySourceException.class);

        identity.bringJwksBack();
        clock.advance(Duration.ofSeconds(6));
        assertThat(keysFor(identity.member("m-1"))).hasSize(1);
    }

    @Test
    void findsARotatedKeyAndLetsUnknownKeyIdsCauseAtMostOneFetchPerInterval() throws Exception {
        assertThat(keysFor(identity.member("m-1"))).hasSize(1);
        int before = identity.jwksFetches();
        clock.advance(Duration.ofSeconds(6));

        RSAKey stranger = TestIdentity.newKey();
        for (int i = 0; i < 20; i++) {
            assertThat(keysFor(identity.signedWith(stranger, "mallory"))).isEmpty();
        }
        assertThat(identity.jwksFetches() - before)
                .as("twenty forged key ids, one fetch")
                .isEqualTo(1);

        RSAKey rotated = TestIdentity.newKey();
        identity.publish(rotated);
        clock.advance(Duration.ofSeconds(6));

        List<JWK> found = keysFor(identity.signedWith(rotated, "m-1"));

        assertThat(found).extracting(JWK::getKeyID).containsExactly(rotated.getKeyID());
        assertThat(keysFor(identity.member("m-1")))
                .as("the old key is still held")
                .hasSize(1);
    }

    private List<JWK> keysFor(String token) throws ParseException, RemoteKeySourceException {
        JWSHeader header = SignedJWT.parse(token).getHeader();
        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        return keys.get(new JWKSelector(JWKMatcher.forJWSHeader(header)), null);
    }
}
