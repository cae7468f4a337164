package id.kombel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The issuer is compared as text, so it is kept as text: Spring Security's default claim converter
 * tries {@code new URL(iss)} on every request, which for our {@code urn:} issuer scanned every jar
 * for a protocol handler and threw (docs/performance.md). A URL-shaped issuer would become a
 * {@code java.net.URL} under the default converter, so this fails if the default comes back.
 */
class IssuerClaimTest {

    @Test
    void keepsTheIssuerAsTextWhateverItLooksLike() {
        Map<String, Object> urn = SecurityAutoConfiguration.CLAIMS.convert(Map.of("iss", "urn:kombel:membership"));
        Map<String, Object> url = SecurityAutoConfiguration.CLAIMS.convert(Map.of("iss", "https://kombel.id/identity"));

        assertThat(urn).containsEntry("iss", "urn:kombel:membership");
        assertThat(url).containsEntry("iss", "https://kombel.id/identity");
    }
}
