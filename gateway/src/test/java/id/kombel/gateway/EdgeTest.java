package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** What every request and response passes at the door: size limits, CORS, headers, ids, traces, gzip. */
class EdgeTest extends GatewayTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry breakers;

    private static final String WEB_APP = "https://app.kombel.id";

    @Test
    void refusesABodyOverOneMegabyteBeforeTheServiceSeesIt() {
        String path = "/api/v1/communities/c1/problems/" + unique("huge");
        http.post()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-edge")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(1024 * 1024 + 1))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/payload-too-large");
        assertThat(discussion.hits(path)).isZero();
    }

    @Test
    void refusesAChunkedBodyOnceItGrowsOverTheLimitWithoutBlamingTheService() {
        String path = "/api/v1/communities/c1/problems/" + unique("chunked");
        CircuitBreaker.Metrics route =
                breakers.circuitBreaker("discussion-community-problems").getMetrics();
        int failuresBefore = route.getNumberOfFailedCalls();
        Flux<DataBuffer> chunks =
                Flux.range(0, 20).map(chunk -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[100 * 1024]));
        http.post()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-edge")))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(413);
        assertThat(discussion.received(path))
                .allSatisfy(request -> assertThat(request.body().length).isLessThanOrEqualTo(1024 * 1024));
    }

    @Test
    void forwardsABodyWithinTheLimit() {
        String path = "/api/v1/communities/c1/problems/" + unique("fits");
        String body = json(900 * 1024);
        http.post()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-edge")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(discussion.received(path).get(0).body()).hasSize(body.length());
    }

    @Test
    void refusesOversizedHeaders() {
        http.get()
                .uri("/api/v1/goals")
                .headers(headers -> headers.setBearerAuth(tokens.member("m-edge")))
                .header("X-Padding", "x".repeat(20 * 1024))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
    }

    @Test
    void allowsAPreflightFromTheConfiguredWebApp() {
        http.options()
                .uri("/api/v1/communities")
                .header(HttpHeaders.ORIGIN, WEB_APP)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, WEB_APP);
    }

    @Test
    void refusesAPreflightFromAnyOtherOrigin() {
        http.options()
                .uri("/api/v1/communities")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    /** The default deployment names no web app: every browser preflight is refused, not waved through. */
    @Nested
    @TestPropertySource(properties = "kombel.gateway.edge.web-origins=")
    class WithoutWebOrigins {

        @Autowired
        WebTestClient http;

        @Test
        void refusesEveryPreflight() {
            String path = "/api/v1/communities/" + unique("cors");
            http.options()
                    .uri(path)
                    .header(HttpHeaders.ORIGIN, WEB_APP)
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectHeader()
                    .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
            assertThat(membership.hits(path)).isZero();
        }
    }

    /** WebTestClient inflates responses itself, so the JDK's client shows what travels on the wire. */
    @Test
    void compressesJsonWhenTheClientAsksForIt() throws Exception {
        String path = "/api/v1/goals/" + unique("big");
        String body = json(8 * 1024);
        learning.answer(path, 200, "application/json", body);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.member("m-edge"));

        HttpResponse<byte[]> compressed = client.send(
                request.copy().header(HttpHeaders.ACCEPT_ENCODING, "gzip").build(), BodyHandlers.ofByteArray());
        assertThat(compressed.headers().firstValue(HttpHeaders.CONTENT_ENCODING))
                .hasValue("gzip");
        assertThat(compressed.body().length).isLessThan(body.length() / 4);
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(body);
        }

        HttpResponse<String> plain = client.send(request.build(), BodyHandlers.ofString());
        assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
        assertThat(plain.body()).isEqualTo(body);
    }

    @Test
    void addsSecurityHeadersToApiResponses() {
        http.get()
                .uri("/api/v1/goals")
                .headers(headers -> headers.setBearerAuth(tokens.member("m-edge")))
                .exchange()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .valueMatches("Content-Security-Policy", "default-src 'none'.*frame-ancestors 'none'.*");
    }

    @Test
    void givesEveryResponseARequestIdAndKeepsTheClientsOwn() {
        String path = "/api/v1/goals/" + unique("ids");
        http.get()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-edge")))
                .header("X-Request-Id", "mobile-retry-42")
                .exchange()
                .expectHeader()
                .valueEquals("X-Request-Id", "mobile-retry-42");
        assertThat(learning.received(path).get(0).header("X-Request-Id")).isEqualTo("mobile-retry-42");

        String refused = http.get()
                .uri(path)
                .header("X-Request-Id", "not an id; drop table")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Request-Id");
        assertThat(refused).matches("[0-9a-f-]{36}");
    }

    @Test
    void continuesTheCallersTraceToTheService() {
        String path = "/api/v1/goals/" + unique("trace");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        http.get()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-edge")))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus()
                .isOk();
        String forwarded = learning.received(path).get(0).header("traceparent");
        assertThat(forwarded).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");

        String fresh = "/api/v1/goals/" + unique("new-trace");
        http.get()
                .uri(fresh)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-edge")))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(learning.received(fresh).get(0).header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void answersUnsupportedMethodsOnTheGatewaysOwnEndpointsWithAProblem() {
        http.method(HttpMethod.DELETE)
                .uri("/api/v1/regions/r1/dashboard")
                .headers(headers -> headers.setBearerAuth(tokens.platformAdmin("admin")))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String json(int size) {
        String prefix = "{\"description\":\"";
        return prefix + "a".repeat(size - prefix.length() - 2) + "\"}";
    }
}
