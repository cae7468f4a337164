package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's series ops dashboards rely on (per route, with latency buckets), and an actuator on
 * the public port that shows nothing beyond health, info and the Prometheus scrape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayMetricsTest {

    static final HttpServer upstream = failingUpstream();

    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        String url = "http://localhost:" + upstream.getAddress().getPort();
        registry.add("MEMBERSHIP_URL", () -> url);
        registry.add("LEARNING_URL", () -> url);
        registry.add("DISCUSSION_URL", () -> url);
    }

    @AfterAll
    static void stopUpstream() {
        upstream.stop(0);
    }

    @Test
    void countsRequestsPerRouteWithStatusAndLatencyBuckets() {
        http.get()
                .uri("/api/v1/communities/c1/problems")
                .exchange()
                .expectStatus()
                .isEqualTo(503);

        String metrics = scrape();

        assertThat(metrics)
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*httpStatusCode=\"503\"[^}]*"
                        + "routeId=\"discussion-community-problems\"")
                .containsPattern("spring_cloud_gateway_requests_seconds_bucket\\{[^}]*"
                        + "routeId=\"discussion-community-problems\"[^}]*le=\"0.025\"}")
                .containsPattern("http_server_requests_seconds_bucket\\{application=\"gateway\",[^}]*le=\"0.025\"}")
                .containsPattern("jvm_memory_used_bytes\\{application=\"gateway\",[^}]*instance=\"[^\"]+\"");
    }

    @Test
    void exposesOnlyHealthInfoAndTheScrapeOnThePublicPort() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        for (String hidden : new String[] {"/actuator/metrics", "/actuator/env", "/actuator/gateway/routes"}) {
            http.get().uri(hidden).exchange().expectStatus().isNotFound();
        }
    }

    private String scrape() {
        return http.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    /** Answers every request with 503, as a service that is not ready would. */
    private static HttpServer failingUpstream() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
