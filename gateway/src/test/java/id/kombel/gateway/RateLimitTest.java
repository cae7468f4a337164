package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * Quotas per client (test settings: login 2 and members 6 per 10 s, anonymous 4 per 6 s). Each test calls from
 * its own loopback address, so that the per-address quotas of one test do not touch another's.
 */
@TestPropertySource(
        properties = {
            "kombel.gateway.rate-limit.login.requests=2",
            "kombel.gateway.rate-limit.login.per=10s",
            "kombel.gateway.rate-limit.member.requests=6",
            "kombel.gateway.rate-limit.member.per=10s",
            "kombel.gateway.rate-limit.anonymous.requests=4",
            "kombel.gateway.rate-limit.anonymous.per=6s"
        })
class RateLimitTest extends GatewayTestSupport {

    private static final AtomicInteger addresses = new AtomicInteger(10);

    @LocalServerPort
    int port;

    @Test
    void refusesABurstOverTheAnonymousQuotaThenLetsTheClientBackIn() {
        WebTestClient client = fromNewAddress();
        int passed = 0;
        while (passed < 20
                && client.get()
                        .uri("/.well-known/jwks.json")
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .is2xxSuccessful()) {
            passed++;
        }
        // the quota, plus whatever trickled back in while the burst was under way
        assertThat(passed).isBetween(4, 6);
        String retryAfter = client.get()
                .uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/rate-limited")
                .returnResult()
                .getResponseHeaders()
                .getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2);

        await().atMost(Duration.ofSeconds(4))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> client.get()
                        .uri("/.well-known/jwks.json")
                        .exchange()
                        .expectStatus()
                        .isOk());
    }

    @Test
    void holdsLoginToAStricterQuotaThanTheRest() {
        WebTestClient client = fromNewAddress();
        client.post().uri("/api/v1/auth/login").exchange().expectStatus().isOk();
        client.post().uri("/api/v1/auth/login").exchange().expectStatus().isOk();
        client.post()
                .uri("/api/v1/auth/login")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER);

        // the same address may still do other things
        client.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk();
        client.post().uri("/api/v1/members").exchange().expectStatus().isOk();
    }

    @Test
    void countsASignedInMemberByTheirTokenNotTheirAddress() {
        String ani = tokens.member(unique("m-ani"));
        String budi = tokens.member(unique("m-budi"));
        for (int call = 0; call < 6; call++) {
            fromNewAddress()
                    .get()
                    .uri("/api/v1/goals")
                    .headers(headers -> headers.setBearerAuth(ani))
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        fromNewAddress()
                .get()
                .uri("/api/v1/goals")
                .headers(headers -> headers.setBearerAuth(ani))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        WebTestClient shared = fromNewAddress();
        shared.get()
                .uri("/api/v1/goals")
                .headers(headers -> headers.setBearerAuth(budi))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void neverLimitsTheGatewaysHealth() {
        WebTestClient client = fromNewAddress();
        for (int call = 0; call < 10; call++) {
            client.get()
                    .uri("/actuator/health/readiness")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    private WebTestClient fromNewAddress() {
        String address = "127.0.0." + addresses.incrementAndGet();
        HttpClient client = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(client))
                .baseUrl("http://127.0.0.1:" + port)
                .build();
    }
}
