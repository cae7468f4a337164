package id.kombel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The issuer is compared as text, so it is only ever read as text: Spring Security's default claim
 * converter first tries {@code new URL(iss)} on every request, which for our {@code urn:} issuer
 * looked for a protocol handler across the application's jars and threw (docs/performance.md).
 */
class IssuerClaimTest {

    @Test
    void readsTheIssuerOnceAsTextWithoutTryingItAsAUrl() {
        AtomicInteger readings = new AtomicInteger();
        Object issuer = new Object() {
            @Override
            public String toString() {
                readings.incrementAndGet();
                return "urn:kombel:membership";
            }
        };

        Map<String, Object> claims =
                SecurityAutoConfiguration.claimSetConverter().convert(Map.of("iss", issuer));

        assertThat(claims).containsEntry("iss", "urn:kombel:membership");
        // the default converter reads it twice: once for the URL attempt, once as the text fallback
        assertThat(readings).hasValue(1);
    }
}
