package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import id.kombel.test.TestIdentity;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The platform's privacy module with the test app's contributor: requests on membership.privacy are
 * answered on the app's own privacy topic through the outbox, once each, and an erasure leaves tombstones that
 * every consumer and the token check honour. (Conformance to the event catalog is asserted in
 * membership-service, whose privacy topic is catalogued; this app's notes.privacy is not.)
 */
@IntegrationTest
@AutoConfigureRestTestClient
// Every cached context of the test app answers privacy requests (each reads the shared request topic
// in a group of its own); this one answers under a service name of its own, so its answers are told apart.
@TestPropertySource(properties = "kombel.privacy.service=" + PersonalDataTest.SERVICE)
class PersonalDataTest {

    static final String SERVICE = "notes-privacy";
    private static final String ANSWERS = SERVICE + ".privacy";

    @Autowired
    PersonalItems items;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RestTestClient http;

    private KafkaProbe requests;
    private KafkaProbe answers;
    private KafkaProbe notes;

    /** After the context started: the app creates the topics (the answers' with its large-record config). */
    @BeforeEach
    void openProbes() {
        requests = KafkaProbe.on("membership.privacy");
        answers = KafkaProbe.on(ANSWERS);
        notes = KafkaProbe.on(Note.TOPIC);
    }

    @AfterEach
    void closeProbes() {
        requests.close();
        answers.close();
        notes.close();
    }

    @Test
    void answersAnExportWithEveryContributorsPart() {
        String memberId = newId();
        items.add(memberId, "my first lesson plan");
        items.add(memberId, "my second lesson plan");
        items.add(newId(), "someone else's plan");
        String requestId = newId();

        requests.send(exportRequested(requestId, memberId, 1));

        ConsumerRecord<String, byte[]> answer = awaitAnswer(requestId);
        assertThat(KafkaProbe.header(answer, "ce_type")).isEqualTo("PersonalDataExported");
        assertThat(answer.key()).isEqualTo(requestId + ":" + SERVICE);
        assertThat(KafkaProbe.body(answer))
                .contains("\"service\":\"" + SERVICE + "\"")
                .contains("\"items\":[\"my first lesson plan\",\"my second lesson plan\"]")
                .doesNotContain("someone else's plan");
        assertThat(mongo.getCollection("privacy_answers").find().into(new java.util.ArrayList<>()))
                .as("the stored answer keeps no id and no data once published")
                .allSatisfy(document -> assertThat(document.toJson()).doesNotContain(memberId));
    }

    @Test
    void answersARedeliveredRequestOnce() {
        String memberId = newId();
        items.add(memberId, "plan");
        String requestId = newId();
        requests.send(exportRequested(requestId, memberId, 1));
        awaitAnswer(requestId);

        // redelivered past the inbox (a newer version of the same request), then a marker behind it
        requests.send(exportRequested(requestId, memberId, 2));
        String marker = requests.keyOnSamePartitionAs(requestId);
        requests.send(exportRequested(marker, memberId, 1));
        awaitAnswer(marker);

        assertThat(answersTo(requestId)).hasSize(1);
    }

    @Test
    void carriesAnExportLargerThanKafkasDefaultRecordSize() {
        String memberId = newId();
        String large = "x".repeat(2 * 1024 * 1024);
        items.add(memberId, large);
        String requestId = newId();

        requests.send(exportRequested(requestId, memberId, 1));

        ConsumerRecord<String, byte[]> answer = awaitAnswer(requestId);
        assertThat(answer.value().length).isGreaterThan(2 * 1024 * 1024);
        assertThat(KafkaProbe.body(answer)).contains(large);
    }

    @Test
    void erasesTheMemberAndKeepsTheirEventsFromComingBack() {
        String memberId = newId();
        items.add(memberId, "plan");
        String otherMember = newId();
        items.add(otherMember, "other plan");
        String requestId = newId();
        http.get()
                .uri("/api/v1/whoami")
                .header("Authorization", "Bearer " + TestIdentity.shared().member(memberId))
                .exchange()
                .expectStatus()
                .isOk();

        requests.send(erasureRequested(requestId, memberId, 1));

        ConsumerRecord<String, byte[]> answer = awaitAnswer(requestId);
        assertThat(KafkaProbe.header(answer, "ce_type")).isEqualTo("MemberDataErased");
        assertThat(KafkaProbe.body(answer)).contains("\"memberId\":\"" + memberId + "\"");
        assertThat(items.countOf(memberId)).isZero();
        assertThat(items.countOf(otherMember)).isEqualTo(1);
        assertThat(mongo.getCollection("erased_members").find().into(new java.util.ArrayList<>()))
                .isNotEmpty()
                .allSatisfy(tombstone -> assertThat(tombstone.toJson()).doesNotContain(memberId));

        // an event about the erased member's own aggregate is dropped; one whose field names them
        // (as an author or a recipient field would) is delivered with a former member in their place
        notes.send(notes.event("NoteWritten", newId(), memberId, 1, noteWritten(memberId, "about me")));
        String mentioning = notes.keyOnSamePartitionAs(memberId);
        notes.send(notes.event("NoteWritten", newId(), mentioning, 1, noteWritten(mentioning, memberId)));
        await("the note that mentions the member applied")
                .atMost(Duration.ofSeconds(30))
                .until(() -> replicaText(mentioning) != null);
        assertThat(replicaText(mentioning)).isEqualTo("former-member");
        assertThat(replicaText(memberId)).isNull();
        assertThat(mongo.getCollection("event_inbox").find().into(new java.util.ArrayList<>()))
                .as("the dropped event is not recorded under the member's id either")
                .noneSatisfy(entry -> assertThat(entry.getString("_id")).contains(memberId));

        http.get()
                .uri("/api/v1/whoami")
                .header("Authorization", "Bearer " + TestIdentity.shared().member(memberId))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.get()
                .uri("/api/v1/whoami")
                .header("Authorization", "Bearer " + TestIdentity.shared().member(otherMember))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void answersAnErasureRedeliveredAfterItsAnswerOnce() {
        String memberId = newId();
        String requestId = newId();
        requests.send(erasureRequested(requestId, memberId, 1));
        awaitAnswer(requestId);

        requests.send(erasureRequested(requestId, memberId, 2));
        String marker = requests.keyOnSamePartitionAs(requestId);
        requests.send(erasureRequested(marker, newId(), 1));
        awaitAnswer(marker);

        assertThat(answersTo(requestId)).hasSize(1);
    }

    private ConsumerRecord<String, byte[]> awaitAnswer(String requestId) {
        return answers.await("answer to " + requestId, record -> (requestId + ":" + SERVICE).equals(record.key()));
    }

    private List<ConsumerRecord<String, byte[]>> answersTo(String requestId) {
        return answers.recordsOf(requestId + ":" + SERVICE);
    }

    private String replicaText(String noteId) {
        Document replica = mongo.getCollection(NoteEvents.REPLICAS)
                .find(Filters.eq("_id", noteId))
                .first();
        return replica == null ? null : replica.getString("text");
    }

    private org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> exportRequested(
            String requestId, String memberId, long version) {
        return requests.event("PersonalDataExportRequested", newId(), requestId, version, request(requestId, memberId));
    }

    private org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> erasureRequested(
            String requestId, String memberId, long version) {
        return requests.event("MemberErasureRequested", newId(), requestId, version, request(requestId, memberId));
    }

    private static String request(String requestId, String memberId) {
        return """
                {"requestId":"%s","memberId":"%s","requestedAt":"2026-11-28T05:00:00Z"}""".formatted(requestId, memberId);
    }

    private static String noteWritten(String noteId, String text) {
        return """
                {"noteId":"%s","text":"%s"}""".formatted(noteId, text);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
