package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Lists page with opaque cursors and bounded sizes; a forged cursor is a 400, not a query. */
@IntegrationTest
@AutoConfigureRestTestClient
class KeysetPaginationTest {

    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    void signedIn(RestTestClient client) {
        http = client.mutate()
                .defaultHeader(
                        "Authorization", "Bearer " + TestIdentity.shared().member("member-2"))
                .build();
    }

    @Test
    void walksEveryItemOnceInOrder() {
        mongo.dropCollection("notes");
        for (String text : List.of("e", "b", "d", "a", "c")) {
            http.post()
                    .uri("/api/v1/notes")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .body("{\"text\":\"" + text + "\"}")
                    .exchange()
                    .expectStatus()
                    .isCreated();
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<?, ?> page = http.get()
                    .uri("/api/v1/notes?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody();
            ((List<?>) page.get("items")).forEach(item -> seen.add((String) ((Map<?, ?>) item).get("text")));
            cursor = (String) page.get("next");
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactly("a", "b", "c", "d", "e");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void refusesAPageSizeOutOfBounds() {
        http.get()
                .uri("/api/v1/notes?limit=101")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/invalid-page-request");
        http.get().uri("/api/v1/notes?limit=0").exchange().expectStatus().isBadRequest();
    }

    @Test
    void refusesForgedCursors() {
        String operator = Base64.getUrlEncoder().encodeToString("{\"v\":{\"$ne\":1},\"i\":\"x\"}".getBytes());
        for (String cursor : List.of("not-base64!!", "bm90IGpzb24", operator)) {
            http.get()
                    .uri("/api/v1/notes?cursor=" + cursor)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://kombel.id/problems/invalid-page-request");
        }
    }
}
