package id.kombel.membership.notification;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** A member's inbox read and set up through the API, as a client does it, with any bearer token. */
final class InboxClient {

    private final RestTestClient http;

    InboxClient(RestTestClient http) {
        this.http = http;
    }

    /** The notifications the member sees now, newest first, in the given language. */
    List<JsonNode> items(String authorization, String language) {
        JsonNode page = http.get()
                .uri("/api/v1/notifications?limit=50")
                .header("Authorization", authorization)
                .header("Accept-Language", language)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return page.get("items").valueStream().toList();
    }

    List<JsonNode> items(String authorization) {
        return items(authorization, "id");
    }

    /** The notifications of one type the member sees now. */
    List<JsonNode> ofType(String authorization, NotificationType type) {
        return items(authorization).stream()
                .filter(item -> type.name().equals(item.get("type").asString()))
                .toList();
    }

    long unread(String authorization) {
        Map<?, ?> count = http.get()
                .uri("/api/v1/notifications/unread-count")
                .header("Authorization", authorization)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return ((Number) count.get("unread")).longValue();
    }

    /** Replaces the member's preferences; the body is a {@code PreferencesRequest} in JSON. */
    void prefer(String authorization, String preferences) {
        http.put()
                .uri("/api/v1/notifications/preferences")
                .header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON)
                .body(preferences)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
