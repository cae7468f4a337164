package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.events.DeadLetterTopics;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/** The event backbone end to end: store -> outbox -> relay -> Kafka -> idempotent consumer. */
@IntegrationTest
class EventBackboneTest {

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaAdmin admin;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Value("${kombel.events.partitions}")
    int partitions;

    KafkaProbe topic;

    @BeforeEach
    void openProbe() {
        topic = KafkaProbe.on(Note.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void publishesStoredEventsWithCloudEventHeadersAndEmptiesTheOutbox() {
        String id = newId();
        store.insert(Note.write(id, "Belajar bersama"));

        ConsumerRecord<String, byte[]> record = topic.await("NoteWritten published", r -> id.equals(r.key()));

        assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("NoteWritten");
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(id);
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/kombel/notes");
        assertThat(KafkaProbe.header(record, "ce_aggregateversion")).isEqualTo("1");
        assertThat(KafkaProbe.header(record, "ce_id")).isNotBlank();
        assertThat(KafkaProbe.header(record, "ce_time")).isNotBlank();
        assertThat(KafkaProbe.header(record, "content-type")).isEqualTo("application/json");
        assertThat(KafkaProbe.body(record)).isEqualTo("{\"noteId\":\"" + id + "\",\"text\":\"Belajar bersama\"}");
        await("outbox emptied").until(() -> outboxOf(id).isEmpty());
    }

    @Test
    void eventsOfOneAggregateArriveInOrderWithIncreasingVersions() {
        String id = newId();
        Note note = store.insert(Note.write(id, "v1"));
        note.edit("v2");
        note.edit("v3");
        store.update(note);
        note.edit("v4");
        store.update(note);

        await("four events").until(() -> topic.recordsOf(id).size() == 4);
        List<String> versions = topic.recordsOf(id).stream()
                .map(r -> KafkaProbe.header(r, "ce_aggregateversion"))
                .toList();
        assertThat(versions).containsExactly("1", "2", "3", "4");
        assertThat(note.version()).isEqualTo(4);
        await("replica at v4").until(() -> "v4".equals(replica(id).getString("text")));
        assertThat(effects(id)).isEqualTo(4);
    }

    @Test
    void aChangeWithoutEventsStillAdvancesTheVersion() {
        String id = newId();
        Note note = store.insert(Note.write(id, "text"));
        note.tag("sd");
        store.update(note);

        assertThat(note.version()).isEqualTo(2);
        assertThat(store.findById(id, Note.class).orElseThrow().tag()).isEqualTo("sd");
    }

    @Test
    void rejectsAnUpdateFromAStaleReadAndChangesNothing() {
        String id = newId();
        store.insert(Note.write(id, "original"));
        Note first = store.findById(id, Note.class).orElseThrow();
        Note second = store.findById(id, Note.class).orElseThrow();
        first.edit("first edit");
        store.update(first);

        second.edit("lost edit");
        assertThatThrownBy(() -> store.update(second)).isInstanceOf(OptimisticLockingFailureException.class);

        Note stored = store.findById(id, Note.class).orElseThrow();
        assertThat(stored.text()).isEqualTo("first edit");
        assertThat(stored.version()).isEqualTo(2);
        await("both accepted events published").until(() -> topic.recordsOf(id).size() == 2);
        assertThat(topic.recordsOf(id)).noneMatch(r -> KafkaProbe.body(r).contains("lost edit"));
    }

    @Test
    void rejectsASecondAggregateWithTheSameId() {
        String id = newId();
        store.insert(Note.write(id, "first"));

        assertThatThrownBy(() -> store.insert(Note.write(id, "second"))).isInstanceOf(DuplicateKeyException.class);
        assertThat(store.findById(id, Note.class).orElseThrow().text()).isEqualTo("first");
    }

    @Test
    void theSameEventDeliveredTwiceChangesTheReplicaOnce() {
        String id = newId();
        String eventId = UUID.randomUUID().toString();
        String json = "{\"noteId\":\"" + id + "\",\"text\":\"once\"}";

        topic.send(topic.event("NoteWritten", eventId, id, 1, json));
        topic.send(topic.event("NoteWritten", eventId, id, 1, json));
        String marker = sendMarkerAfter(id, 2);

        awaitMarkerApplied(id, marker);
        assertThat(effects(id)).isEqualTo(2); // the event once, the marker once
    }

    @Test
    void anOlderVersionArrivingAfterANewerOneIsIgnored() {
        String id = newId();
        topic.send(topic.event("NoteEdited", UUID.randomUUID().toString(), id, 5, noteJson(id, "newer")));
        topic.send(topic.event("NoteEdited", UUID.randomUUID().toString(), id, 3, noteJson(id, "older")));
        String marker = sendMarkerAfter(id, 6);

        awaitMarkerApplied(id, marker);
        assertThat(effects(id)).isEqualTo(2); // v5 and the marker; v3 was dropped
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndLaterMessagesStillFlow() {
        String id = newId();
        try (KafkaProbe deadLetters = KafkaProbe.on(DeadLetterTopics.of(Note.TOPIC, group))) {
            topic.send(topic.event("NoteEdited", UUID.randomUUID().toString(), id, 1, noteJson(id, "poison")));
            topic.send(topic.event("NoteEdited", UUID.randomUUID().toString(), id, 2, "{not json"));
            topic.send(topic.event("NoteEdited", UUID.randomUUID().toString(), id, 3, noteJson(id, "healthy")));

            await("later message applied")
                    .until(() -> "healthy".equals(replica(id).getString("text")));
            await("both poison messages dead-lettered")
                    .until(() -> deadLetters.recordsOf(id).size() == 2);
            assertThat(deadLetters.recordsOf(id))
                    .extracting(KafkaProbe::body)
                    .containsExactly(noteJson(id, "poison"), "{not json");
            assertThat(effects(id)).isEqualTo(1);
        }
    }

    @Test
    void anEventWithoutAFieldTheConsumerNeedsIsDeadLetteredAndChangesNothing() {
        String id = newId();
        try (KafkaProbe deadLetters = KafkaProbe.on(DeadLetterTopics.of(Note.TOPIC, group))) {
            String withoutText = "{\"noteId\":\"" + id + "\"}";
            String nullText = "{\"noteId\":\"" + id + "\",\"text\":null}";
            topic.send(topic.event("NoteEdited", UUID.randomUUID().toString(), id, 1, withoutText));
            topic.send(topic.event("NoteEdited", UUID.randomUUID().toString(), id, 2, nullText));
            String marker = sendMarkerAfter(id, 3);

            awaitMarkerApplied(id, marker);
            await("both incomplete events dead-lettered")
                    .until(() -> deadLetters.recordsOf(id).size() == 2);
            assertThat(deadLetters.recordsOf(id)).extracting(KafkaProbe::body).containsExactly(withoutText, nullText);
            assertThat(effects(id)).isEqualTo(1); // the marker only
        }
    }

    @Test
    void anOptionalFieldMayBeMissing() {
        String id = newId();
        // noteJson has no "reason", which NoteEdited marks @Nullable
        String marker = sendMarkerAfter(id, 1);

        awaitMarkerApplied(id, marker);
        assertThat(replica(id).getString("text")).isEqualTo(marker);
    }

    @Test
    void createsATopicItOnlyConsumesAndItsDeadLetterTopicWithTheConfiguredPartitions() {
        String deadLetters = DeadLetterTopics.of(NoticeEvents.TOPIC, group);

        Map<String, TopicDescription> topics = admin.describeTopics(NoticeEvents.TOPIC, deadLetters);

        assertThat(topics.get(NoticeEvents.TOPIC).partitions()).hasSize(partitions);
        assertThat(topics.get(deadLetters).partitions()).hasSize(partitions);
    }

    @Test
    void eventsOfTypesThisServiceDoesNotKnowAreSkipped() {
        String id = newId();
        topic.send(topic.event("NoteShredded", UUID.randomUUID().toString(), id, 1, "{}"));
        String marker = sendMarkerAfter(id, 2);

        awaitMarkerApplied(id, marker);
        assertThat(effects(id)).isEqualTo(1);
    }

    /** The replica is written before the effect is counted: wait until the marker's effect counted. */
    private void awaitMarkerApplied(String id, String marker) {
        await("marker applied").until(() -> {
            Document effects = mongo.getCollection(NoteEvents.EFFECTS)
                    .find(Filters.eq("_id", id))
                    .first();
            return effects != null && marker.equals(effects.getString("lastText"));
        });
    }

    private String sendMarkerAfter(String id, long version) {
        String marker = "marker-" + version;
        topic.send(topic.event("NoteEdited", UUID.randomUUID().toString(), id, version, noteJson(id, marker)));
        return marker;
    }

    private static String noteJson(String id, String text) {
        return "{\"noteId\":\"" + id + "\",\"text\":\"" + text + "\"}";
    }

    private List<?> outboxOf(String id) {
        Document note = mongo.getCollection("notes").find(Filters.eq("_id", id)).first();
        return note == null ? List.of() : note.getList("outbox", Document.class, List.of());
    }

    private Document replica(String id) {
        Document replica = mongo.getCollection(NoteEvents.REPLICAS)
                .find(Filters.eq("_id", id))
                .first();
        return replica == null ? new Document() : replica;
    }

    private int effects(String id) {
        Document effects = mongo.getCollection(NoteEvents.EFFECTS)
                .find(Filters.eq("_id", id))
                .first();
        return effects == null ? 0 : effects.getInteger("applied");
    }

    private static String newId() {
        return "note-" + UUID.randomUUID();
    }
}
