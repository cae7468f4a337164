package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import id.kombel.platform.events.AggregateStore;
import id.kombel.test.Infrastructure;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Writes accepted while Kafka is away are published once it is back: nothing is lost. */
@IntegrationTest
class KafkaOutageTest {

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void kafkaIsBack() {
        Infrastructure.kafka().restartIfStopped();
    }

    @Test
    void writesAcceptedDuringAKafkaOutageArePublishedExactlyOnceWhenKafkaReturns() {
        List<String> ids = List.of(newId(), newId(), newId());

        Infrastructure.kafka().stop();
        ids.forEach(id -> store.insert(Note.write(id, "written while Kafka was away")));
        for (String id : ids) {
            assertThat(outboxOf(id)).as("events of %s wait in its document", id).hasSize(1);
        }
        await("ops see the backlog")
                .until(() -> meters.get("kombel.outbox.pending").gauge().value() >= 3);
        Infrastructure.kafka().restart();

        try (KafkaProbe topic = KafkaProbe.on(Note.TOPIC)) {
            await("every event published")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> ids.stream().allMatch(id -> topic.recordsOf(id).size() == 1));
            await("every replica built")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> ids.stream()
                            .allMatch(id -> mongo.getCollection(NoteEvents.REPLICAS)
                                            .find(Filters.eq("_id", id))
                                            .first()
                                    != null));
            for (String id : ids) {
                assertThat(outboxOf(id)).isEmpty();
                assertThat(topic.recordsOf(id)).hasSize(1);
                Document effects = mongo.getCollection(NoteEvents.EFFECTS)
                        .find(Filters.eq("_id", id))
                        .first();
                assertThat(effects.getInteger("applied")).isEqualTo(1);
            }
            await("backlog drained")
                    .until(() -> meters.get("kombel.outbox.pending").gauge().value() == 0);
        }
    }

    private List<Document> outboxOf(String id) {
        Document note = mongo.getCollection("notes").find(Filters.eq("_id", id)).first();
        return note == null ? List.of() : note.getList("outbox", Document.class, List.of());
    }

    private static String newId() {
        return "note-" + UUID.randomUUID();
    }
}
