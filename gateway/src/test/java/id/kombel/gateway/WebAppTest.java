package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The web client at {@code /}: the page without a token and always revalidated, its hashed assets
 * cacheable for a year and gzipped, under a content security policy that lets the page run while the
 * API keeps its own.
 */
class WebAppTest extends GatewayTestSupport {

    @LocalServerPort
    int port;

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/index-[^\"]+\\.js)\"");

    @Test
    void servesTheClientsPageAtTheRootWithoutAToken() {
        String page = page();
        assertThat(page).contains("<div id=\"app\">").containsPattern(SCRIPT);
        http.get().uri("/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void thePageIsRevalidatedAndMayRunItsOwnScriptsOnly() {
        http.get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader()
                .valueMatches("Content-Security-Policy", ".*script-src 'self';.*connect-src 'self';.*")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY");
    }

    /** With a plain client: the test client's Netty decompresses and drops Content-Encoding. */
    @Test
    void hashedAssetsAreCachedForAYearAndGzipped() throws Exception {
        URI script = URI.create("http://localhost:" + port + asset());
        HttpResponse<byte[]> gzipped = send(script, "gzip");
        HttpResponse<byte[]> plain = send(script, null);
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue(HttpHeaders.CACHE_CONTROL))
                .contains("max-age=31536000, public, immutable");
        assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).contains("gzip");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
        assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_TYPE))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes())
                .isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
    }

    private static HttpResponse<byte[]> send(URI uri, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (encoding != null) {
            request.header(HttpHeaders.ACCEPT_ENCODING, encoding);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anUnknownAssetIsNotFoundAndTheApiStillNeedsAToken() {
        http.get().uri("/assets/missing-0000.js").exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/memberships").exchange().expectStatus().isUnauthorized();
    }

    private String page() {
        byte[] body = http.mutate()
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        assertThat(body).isNotNull();
        return new String(body, StandardCharsets.UTF_8);
    }

    private String asset() {
        Matcher script = SCRIPT.matcher(page());
        assertThat(script.find()).isTrue();
        return script.group(1);
    }
}
