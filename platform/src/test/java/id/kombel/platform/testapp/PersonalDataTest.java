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
        // the relay removes the published event from the outbox just after Kafka took it
        await("the stored answer keeps no id and no data once published")
                .untilAsserted(() -> assertThat(
                                mongo.getCollection("privacy_answers").find().into(new java.util.ArrayList<>()))
                        .allSatisfy(document -> assertThat(document.toJson()).doesNotContain(memberId)));
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
    void erasureDeletesTheIdempotencyRecordsByTheMemberAndThoseWhoseResponseNamesThem() throws Exception {
        String memberId = newId();
        String otherMember = newId();
        String membersKey = newId();
        String mentionKey = newId();
        String othersKey = newId();
        String othersBody = "{\"text\":\"plan of " + otherMember + "\"}";
        // the member's own create; an anonymous one answered with their id (as a registration is); another member's
        createNote(memberId, "/api/v1/notes", membersKey, "{\"text\":\"my plan\"}");
        createNote(null, "/api/v1/guest-notes", mentionKey, "{\"text\":\"welcome " + memberId + "\"}");
        String othersNote = createNote(otherMember, "/api/v1/notes", othersKey, othersBody);
        assertThat(idempotencyRecordsNaming(memberId)).hasSize(1);
        assertThat(mongo.getCollection("idempotency_keys").countDocuments(recordsAbout(memberId)))
                .isEqualTo(2);
        long records = mongo.getCollection("idempotency_keys").countDocuments();

        String requestId = newId();
        requests.send(erasureRequested(requestId, memberId, 1));
        awaitAnswer(requestId);

        assertThat(idempotencyRecordsNaming(memberId)).isEmpty();
        assertThat(mongo.getCollection("idempotency_keys").countDocuments(recordsAbout(memberId)))
                .isZero();
        assertThat(mongo.getCollection("idempotency_keys").countDocuments()).isEqualTo(records - 2);
        assertThat(mongo.getCollection("idempotency_keys").find().into(new java.util.ArrayList<>()))
                .as("records name members only as hashes")
                .noneSatisfy(record -> assertThat(record.toJson()).contains(memberId))
                .noneSatisfy(record -> assertThat(record.toJson()).contains(otherMember));
        // the other member's record is intact: their retry is still answered from it, nothing runs again
        long notesBefore = mongo.getCollection("notes").countDocuments();
        http.post()
                .uri("/api/v1/notes")
                .header("Authorization", "Bearer " + TestIdentity.shared().member(otherMember))
                .header("Idempotency-Key", othersKey)
                .header("Content-Type", "application/json")
                .body(othersBody)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true")
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(othersNote);
        assertThat(mongo.getCollection("notes").countDocuments()).isEqualTo(notesBefore);
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

    /** Creates a note with an idempotency key, as the member (or anonymously); its id. */
    private String createNote(String memberId, String path, String key, String json) {
        RestTestClient.RequestBodySpec request =
                http.post().uri(path).header("Idempotency-Key", key).header("Content-Type", "application/json");
        if (memberId != null) {
            request.header("Authorization", "Bearer " + TestIdentity.shared().member(memberId));
        }
        return request.body(json)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(tools.jackson.databind.JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .asString();
    }

    /** Records listing the member among those they are about: SHA-256 of "member:" and the id. */
    private static org.bson.conversions.Bson recordsAbout(String memberId) throws Exception {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(("member:" + memberId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Filters.eq("members", java.util.HexFormat.of().formatHex(hash));
    }

    /** Idempotency records whose stored response holds the member's id (the body is stored as bytes). */
    private List<Document> idempotencyRecordsNaming(String memberId) {
        List<Document> naming = new java.util.ArrayList<>();
        for (Document record : mongo.getCollection("idempotency_keys").find()) {
            Document response = record.get("response", Document.class);
            String body = response == null
                    ? ""
                    : new String(
                            response.get("body", org.bson.types.Binary.class).getData(),
                            java.nio.charset.StandardCharsets.UTF_8);
            if (body.contains(memberId) || record.toJson().contains(memberId)) {
                naming.add(record);
            }
        }
        return naming;
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
