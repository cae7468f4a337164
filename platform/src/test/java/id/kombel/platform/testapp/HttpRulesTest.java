package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.platform.events.AggregateStore;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The rules every API follows: problem details, strict input, ETags and If-Match. */
@IntegrationTest
@AutoConfigureRestTestClient
class HttpRulesTest {

    RestTestClient http;

    @Autowired
    void signedIn(RestTestClient client) {
        http = client.mutate()
                .defaultHeader(
                        "Authorization", "Bearer " + TestIdentity.shared().member("member-1"))
                .build();
    }

    @Autowired
    AggregateStore store;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"text\":\"ok\",\"author\":\"mallory\"}",
                "{\"text\":{\"$ne\":\"\"}}",
                "{\"text\":{\"$where\":\"sleep(1000)\"}}",
                "{\"text\":\"a\",\"text\":\"b\"}",
                "{\"text\":",
                "[]",
                "{\"text\":[\"$gt\"]}"
            })
    void rejectsMalformedUnknownOrOperatorInputWithAProblemAndStoresNothing(String body) {
        long before = mongo.getCollection("notes").countDocuments();

        http.post()
                .uri("/api/v1/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/malformed-request")
                .jsonPath("$.status")
                .isEqualTo(400);

        assertThat(mongo.getCollection("notes").countDocuments()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cursor=%ED%A0%80", "q=%C3%28", "limit=10&cursor=%FF"})
    void rejectsQueryParametersThatAreNotUtf8AsAMalformedRequest(String query) {
        http.get()
                .uri(URI.create("http://localhost:" + port + "/api/v1/notes?" + query))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/malformed-request");
    }

    @Test
    void reportsEachInvalidFieldInTheClientsLanguage() {
        http.post()
                .uri("/api/v1/notes")
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"  \"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/validation")
                .jsonPath("$.title")
                .isEqualTo("Invalid input")
                .jsonPath("$.errors[0].field")
                .isEqualTo("text")
                .jsonPath("$.errors[0].code")
                .isEqualTo("NotBlank")
                .jsonPath("$.errors[0].message")
                .isEqualTo("must not be blank");
    }

    @Test
    void speaksIndonesianByDefault() {
        http.get()
                .uri("/api/v1/notes/missing")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/not-found")
                .jsonPath("$.title")
                .isEqualTo("Tidak ditemukan");
    }

    @Test
    void hidesTheDetailsOfUnexpectedFailures() {
        String body = http.get()
                .uri("/api/v1/failures")
                .exchange()
                .expectStatus()
                .isEqualTo(500)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body).contains("https://kombel.id/problems/internal");
        assertThat(body).doesNotContain("secret", "IllegalStateException", "at id.kombel");
    }

    @Test
    void createsWithLocationAndETagAndRejectsAStaleIfMatch() {
        var created = http.post()
                .uri("/api/v1/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"Rencana pembelajaran\"}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody(NotesController.NoteResponse.class)
                .returnResult();
        String location = created.getResponseHeaders().getLocation().toString();

        http.put()
                .uri(location)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"Revisi pertama\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"");

        http.put()
                .uri(location)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"Edit yang terlambat\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(412)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/stale-version");

        http.get()
                .uri(location)
                .exchange()
                .expectBody()
                .jsonPath("$.text")
                .isEqualTo("Revisi pertama")
                .jsonPath("$.version")
                .isEqualTo(2);
    }
}
