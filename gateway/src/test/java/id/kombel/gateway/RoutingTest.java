package id.kombel.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Each path reaches the service that owns it; the most specific route wins. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RoutingTest {

    static final HttpServer membership = upstream("membership");
    static final HttpServer learning = upstream("learning");
    static final HttpServer discussion = upstream("discussion");

    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("MEMBERSHIP_URL", () -> url(membership));
        registry.add("LEARNING_URL", () -> url(learning));
        registry.add("DISCUSSION_URL", () -> url(discussion));
    }

    @AfterAll
    static void stopUpstreams() {
        membership.stop(0);
        learning.stop(0);
        discussion.stop(0);
    }

    @Test
    void routesACommunityToMembershipService() {
        http.get()
                .uri("/api/v1/communities/c1")
                .exchange()
                .expectBody(String.class)
                .isEqualTo("membership /api/v1/communities/c1");
        http.post()
                .uri("/api/v1/communities")
                .exchange()
                .expectBody(String.class)
                .isEqualTo("membership /api/v1/communities");
    }

    @Test
    void routesACommunitysActivitiesToLearningService() {
        http.get()
                .uri("/api/v1/communities/c1/activities")
                .exchange()
                .expectBody(String.class)
                .isEqualTo("learning /api/v1/communities/c1/activities");
    }

    @Test
    void routesACommunitysProblemsToDiscussionService() {
        http.get()
                .uri("/api/v1/communities/c1/problems/p9")
                .exchange()
                .expectBody(String.class)
                .isEqualTo("discussion /api/v1/communities/c1/problems/p9");
    }

    @Test
    void doesNotRouteUnknownPaths() {
        http.get().uri("/internal/secrets").exchange().expectStatus().isNotFound();
    }

    private static HttpServer upstream(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = (name + " " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(HttpServer server) {
        return "http://localhost:" + server.getAddress().getPort();
    }
}
