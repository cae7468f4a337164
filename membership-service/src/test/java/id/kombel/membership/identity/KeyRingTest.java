package id.kombel.membership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration RETIREMENT = Duration.ofMinutes(20);
    static final Duration ROTATION = Duration.ofDays(30);

    static KeyRing.Entry first;
    static KeyRing.Entry second;
    static KeyRing.Entry third;

    @BeforeAll
    static void keys() throws Exception {
        first = entry(1, START);
        second = entry(2, START.plus(Duration.ofDays(30)));
        third = entry(3, START.plus(Duration.ofDays(60)));
    }

    @Test
    void theNewestGenerationSignsWhateverOrderTheKeysCameIn() {
        assertThat(new KeyRing(List.of(first, third, second)).current()).isEqualTo(third);
    }

    @Test
    void aReplacedKeyIsPublishedUntilItsRetirementHasPassed() {
        KeyRing ring = new KeyRing(List.of(first, second, third));
        Instant rotated = third.createdAt();

        assertThat(kids(ring.published(rotated.plus(Duration.ofMinutes(19)), RETIREMENT)))
                .containsExactly(third.kid(), second.kid());
        assertThat(kids(ring.published(rotated.plus(RETIREMENT), RETIREMENT))).containsExactly(third.kid());
        assertThat(ring.expired(rotated.plus(RETIREMENT), RETIREMENT)).containsExactly(second, first);
        assertThat(ring.expired(rotated.plus(Duration.ofMinutes(19)), RETIREMENT))
                .containsExactly(first);
    }

    @Test
    void publishedKeysHaveNoPrivatePart() {
        assertThat(new KeyRing(List.of(first, second)).published(second.createdAt(), RETIREMENT))
                .allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
    }

    @Test
    void rotationIsDueWhenTheCurrentKeyReachesTheRotationPeriodOrThereIsNoKey() {
        KeyRing ring = new KeyRing(List.of(first));

        assertThat(ring.rotationDue(START.plus(ROTATION).minusSeconds(1), ROTATION))
                .isFalse();
        assertThat(ring.rotationDue(START.plus(ROTATION), ROTATION)).isTrue();
        assertThat(new KeyRing(List.of()).rotationDue(START, ROTATION)).isTrue();
    }

    private static List<String> kids(List<RSAKey> keys) {
        return keys.stream().map(RSAKey::getKeyID).toList();
    }

    private static KeyRing.Entry entry(long generation, Instant createdAt) throws Exception {
        return new KeyRing.Entry(
                generation, new RSAKeyGenerator(2048).keyID("key-" + generation).generate(), createdAt);
    }
}
