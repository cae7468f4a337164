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
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's series ops dashboards rely on (per route, with latency buckets), scraped on the
 * management port (not published in a deployment), and an actuator on the public port that shows
 * nothing without a platform-admin token but health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureWebTestClient
class GatewayMetricsTest {

    @LocalManagementPort
    int managementPort;

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
        http.post()
                .uri("/api/v1/auth/login")
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(503);

        String metrics = scrape();

        assertThat(metrics)
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*httpStatusCode=\"503\"[^}]*"
                        + "routeId=\"membership\"")
                .containsPattern("spring_cloud_gateway_requests_seconds_bucket\\{[^}]*"
                        + "routeId=\"membership\"[^}]*le=\"0.025\"}")
                .containsPattern("http_server_requests_seconds_bucket\\{application=\"gateway\",[^}]*le=\"0.025\"}")
                .containsPattern("jvm_memory_used_bytes\\{application=\"gateway\",[^}]*instance=\"[^\"]+\"");
    }

    @Test
    void servesTheScrapeOnTheManagementPortOnlyAndNothingElseWithoutAToken() {
        management().get().uri("/actuator/health").exchange().expectStatus().isOk();
        management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        for (String hidden : new String[] {"/actuator/metrics", "/actuator/env", "/actuator/gateway/routes"}) {
            management().get().uri(hidden).exchange().expectStatus().isUnauthorized();
            http.get().uri(hidden).exchange().expectStatus().isUnauthorized();
        }
    }

    private WebTestClient management() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + managementPort)
                .build();
    }

    private String scrape() {
        return management()
                .get()
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
