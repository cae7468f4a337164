package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Per-route circuit breakers and time limits (test settings: 4 calls, 2 s open, 2 s limit), and
 * retries of GETs only, on connection errors only.
 */
class ResilienceTest extends GatewayTestSupport {

    @Autowired
    CircuitBreakerRegistry breakers;

    /** Breakers are per route and outlive a test: each test starts from closed ones. */
    @BeforeEach
    void closeAllBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void failsFastWith503WhileAServiceIsDownAndRecoversThroughHalfOpen() {
        String path = "/api/v1/trials/" + unique("outage");
        CircuitBreaker breaker = breakers.circuitBreaker("discussion");
        discussion.stop();
        try {
            for (int call = 0; call < 4; call++) {
                long started = System.nanoTime();
                get(path)
                        .expectStatus()
                        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                        .expectHeader()
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectHeader()
                        .valueEquals(HttpHeaders.RETRY_AFTER, "2")
                        .expectBody()
                        .jsonPath("$.type")
                        .isEqualTo("https://kombel.id/problems/service-unavailable");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            }
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        } finally {
            discussion.restart();
        }

        // open: the service is back, but the gateway does not call it until the wait is over
        get(path).expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(discussion.hits(path)).isZero();

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> get(path).expectStatus().isOk());
        get(path).expectStatus().isOk();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(discussion.hits(path)).isEqualTo(2);
    }

    @Test
    void waitsLongerThanTheDefaultSecondButNotLongerThanTheRoutesLimit() {
        String slow = "/api/v1/reflections/" + unique("slow");
        learning.answerSlowly(slow, Duration.ofMillis(1300), "took its time");
        get(slow).expectStatus().isOk().expectBody(String.class).isEqualTo("took its time");

        String tooSlow = "/api/v1/communities/c1/activities/" + unique("too-slow");
        learning.answerSlowly(tooSlow, Duration.ofSeconds(6), "too late");
        long started = System.nanoTime();
        get(tooSlow)
                .expectStatus()
                .isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/upstream-timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900))
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void retriesAGetWhoseConnectionDroppedBeforeAnAnswer() {
        String path = "/api/v1/resources/" + unique("dropped");
        learning.dropConnections(path, 1);
        get(path).expectStatus().isOk();
        assertThat(learning.hits(path)).isEqualTo(2);
    }

    @Test
    void neverRetriesAPost() {
        String path = "/api/v1/communities/c1/resources/" + unique("dropped-post");
        learning.dropConnections(path, 1);
        http.post()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-resilience")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"Modul ajar\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(learning.hits(path)).isEqualTo(1);
    }

    @Test
    void doesNotRetryAGetThatTheServiceAnsweredWithAnError() {
        String path = "/api/v1/resources/" + unique("failing");
        learning.answer(path, 500, "application/problem+json", "{\"type\":\"https://kombel.id/problems/internal\"}");
        get(path).expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(learning.hits(path)).isEqualTo(1);
    }

    private WebTestClient.ResponseSpec get(String path) {
        return http.get()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-resilience")))
                .exchange();
    }
}
