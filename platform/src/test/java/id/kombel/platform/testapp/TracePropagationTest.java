package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import id.kombel.test.TestIdentity;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** One trace from the HTTP request through the outbox and Kafka into the consumer's handler. */
@IntegrationTest
@AutoConfigureRestTestClient
class TracePropagationTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRequestsTraceContinuesIntoTheEventAndItsConsumer() {
        NotesController.NoteResponse note = http.post()
                .uri("/api/v1/notes")
                .header("Authorization", "Bearer " + TestIdentity.shared().member("tracer-1"))
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"traced\"}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(NotesController.NoteResponse.class)
                .returnResult()
                .getResponseBody();

        try (KafkaProbe topic = KafkaProbe.on(Note.TOPIC)) {
            var record = topic.await("event published", r -> note.id().equals(r.key()));
            assertThat(KafkaProbe.header(record, "traceparent")).startsWith("00-" + TRACE_ID + "-");
        }
        await("consumer handled it").until(() -> effects(note.id()) != null);
        assertThat(effects(note.id()).getString("traceId")).isEqualTo(TRACE_ID);
    }

    private Document effects(String id) {
        return mongo.getCollection(NoteEvents.EFFECTS)
                .find(Filters.eq("_id", id))
                .first();
    }
}
