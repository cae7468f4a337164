package id.kombel.learning.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.learning.LearningFixtures;
import id.kombel.learning.LearningFixtures.Community;
import id.kombel.learning.LearningTestConfiguration;
import id.kombel.learning.TestClock;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.platform.events.TopicReplay;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import id.kombel.test.StoredDocuments;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A member's learning data exported and erased through the platform's privacy module: every part is
 * in the answer, and afterwards no document of the service names them, while what others rely on is
 * still served: the activity they facilitated, a resource others rated, and their certificate's
 * verification, now held by a former member; a replay of every consumed topic brings nothing back.
 */
@IntegrationTest
@Import(LearningTestConfiguration.class)
@AutoConfigureRestTestClient
@TestPropertySource(
        properties = {
            // every cached context of this service reads the shared request topic and answers as
            // "learning"; this one answers under a name of its own, on the catalogued topic
            "kombel.privacy.service=" + PersonalDataTest.SERVICE,
            "kombel.privacy.topic=learning.privacy"
        })
class PersonalDataTest {

    static final String SERVICE = "learning-under-test";
    private static final String FORMER_MEMBER = "former-member";

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    TestClock clock;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TopicReplay replay;

    @Test
    void exportsEveryPartThenErasesTheMemberAndKeepsWhatOthersRelyOn() {
        LearningFixtures fixtures = new LearningFixtures(http, replicas, clock);
        Community community = fixtures.activeCommunityInSleman();
        String teacher = UUID.randomUUID().toString();
        joined(community, teacher, "CO_LEAD");
        String peer = fixtures.memberOf(community);

        // an activity the teacher attended (credited, with a certificate and feedback) ...
        String attended = fixtures.published(community, fixtures.workshop(community, 10, false));
        fixtures.register(teacher, attended);
        fixtures.register(peer, attended);
        // ... one they facilitate and the peer attends, and one they only registered for
        String facilitated = publishedBy(fixtures, community, teacher);
        fixtures.register(peer, facilitated);
        String upcoming = fixtures.published(community, fixtures.webinar(community, "https://meet.example.id/x"));
        fixtures.register(teacher, upcoming);

        fixtures.startOf(attended, teacher);
        mark(community.lead(), attended, teacher);
        mark(community.lead(), attended, peer);
        complete(community.lead(), attended);
        fixtures.startOf(facilitated, teacher);
        mark(teacher, facilitated, peer);
        complete(teacher, facilitated);
        fixtures.post(teacher, "/api/v1/activities/" + attended + "/feedback", "{\"rating\":5,\"comment\":\"Bagus\"}")
                .expectStatus()
                .is2xxSuccessful();
        String certificate = await("the teacher's certificate")
                .until(
                        () -> fixtures.json(teacher, "/api/v1/learning-records/me/activities")
                                .get("items"),
                        items -> items.size() == 1)
                .get(0)
                .get("certificateCode")
                .asString();
        JsonNode peersActivities = await("the peer's certificates")
                .until(
                        () -> fixtures.json(peer, "/api/v1/learning-records/me/activities")
                                .get("items"),
                        items -> items.size() == 2);
        String peersCertificate = null;
        for (JsonNode item : peersActivities) {
            if (facilitated.equals(item.get("activityId").asString())) {
                peersCertificate = item.get("certificateCode").asString();
            }
        }
        assertThat(peersCertificate).isNotNull();

        // resources: one the peer rates, one nobody uses; the teacher rates, bookmarks and reports the peer's
        String resources = "/api/v1/communities/" + community.id() + "/resources";
        String rated = created(fixtures.post(teacher, resources, resource("Modul pecahan")));
        String unused = created(fixtures.post(teacher, resources, resource("Lembar kerja pecahan")));
        String peers = created(fixtures.post(peer, resources, resource("Video pecahan")));
        put(peer, resources + "/" + rated + "/rating", "{\"stars\":4}");
        put(teacher, resources + "/" + peers + "/rating", "{\"stars\":2}");
        put(teacher, resources + "/" + peers + "/bookmark", "");
        fixtures.post(teacher, resources + "/" + peers + "/reports", null)
                .expectStatus()
                .is2xxSuccessful();

        // a goal, a private and a shared reflection (encouraged by the peer), an encouragement given
        fixtures.post(teacher, "/api/v1/goals", "{\"title\":\"Menguasai asesmen\",\"targetDate\":\"2027-06-30\"}")
                .expectStatus()
                .isCreated();
        String privateReflection = reflection(fixtures, teacher, attended, "Catatan pribadi saya", "PRIVATE");
        String sharedReflection = reflection(fixtures, teacher, attended, "Pelajaran untuk kita", "COMMUNITY");
        String peersReflection = reflection(fixtures, peer, attended, "Refleksi rekan", "COMMUNITY");
        fixtures.post(
                        peer,
                        "/api/v1/reflections/" + sharedReflection + "/encouragements",
                        "{\"message\":\"Semangat!\"}")
                .expectStatus()
                .is2xxSuccessful();
        fixtures.post(teacher, "/api/v1/reflections/" + peersReflection + "/encouragements", "{\"message\":\"Keren\"}")
                .expectStatus()
                .is2xxSuccessful();

        try (KafkaProbe requests = KafkaProbe.on("membership.privacy");
                KafkaProbe answers = KafkaProbe.on("learning.privacy")) {
            String exportId = UUID.randomUUID().toString();
            requests.send(request(requests, "PersonalDataExportRequested", exportId, teacher));
            ConsumerRecord<String, byte[]> export = awaitAnswer(answers, exportId);
            EventContract.load().assertConforms(export);
            JsonNode data = LearningFixtures.parse(KafkaProbe.body(export)).get("data");
            assertThat(data.get("activitiesFacilitated").toString()).contains(facilitated);
            assertThat(data.get("attendanceRecordedForOthers").toString())
                    .contains(facilitated, "MARKED")
                    .doesNotContain(peer);
            assertThat(data.get("registrations").toString())
                    .contains(attended, upcoming, certificate, "Bagus", "attendedAt");
            assertThat(data.get("resources").get("shared").toString()).contains("Modul pecahan", "Lembar kerja");
            assertThat(data.get("resources").get("ratings").toString()).contains(peers);
            assertThat(data.get("resources").get("bookmarks").toString()).contains(peers);
            assertThat(data.get("resources").get("reports").toString()).contains(peers);
            assertThat(data.get("goals").toString()).contains("Menguasai asesmen");
            assertThat(data.get("reflections").get("reflections").toString())
                    .contains("Catatan pribadi saya", "Pelajaran untuk kita");
            assertThat(data.get("reflections").get("encouragementsGiven").toString())
                    .contains("Keren");
            assertThat(data.get("reflections").get("attendances").toString()).contains(attended);

            String erasureId = UUID.randomUUID().toString();
            requests.send(request(requests, "MemberErasureRequested", erasureId, teacher));
            ConsumerRecord<String, byte[]> erased = awaitAnswer(answers, erasureId);
            assertThat(KafkaProbe.header(erased, "ce_type")).isEqualTo("MemberDataErased");
            EventContract.load().assertConforms(erased);
        }

        // the stored answers drop their data once relayed, just after the answer is published
        await("no document of any collection names the erased member")
                .untilAsserted(
                        () -> assertThat(StoredDocuments.naming(mongo, teacher)).isEmpty());

        http.get()
                .uri("/api/v1/certificates/" + certificate + "/verification")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.memberId")
                .isEqualTo(FORMER_MEMBER)
                .jsonPath("$.activityId")
                .isEqualTo(attended);
        http.get()
                .uri("/api/v1/certificates/" + peersCertificate + "/verification")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.memberId")
                .isEqualTo(peer);
        assertThat(fixtures.json(peer, "/api/v1/activities/" + facilitated).toString())
                .doesNotContain(teacher);
        JsonNode kept = fixtures.json(peer, resources + "/" + rated);
        assertThat(kept.get("title").asString()).isEqualTo("Modul pecahan");
        assertThat(kept.toString()).doesNotContain(teacher);
        fixtures.get(peer, resources + "/" + unused).expectStatus().isNotFound();
        Document peersResource = mongo.getCollection("resources")
                .find(new Document("_id", peers))
                .first();
        assertThat(peersResource.get("ratingCount", Number.class).longValue()).isZero();
        assertThat(peersResource.get("reportCount", Number.class).longValue()).isZero();
        fixtures.get(peer, "/api/v1/reflections/" + sharedReflection)
                .expectStatus()
                .isNotFound();
        assertThat(fixtures.json(peer, "/api/v1/reflections/" + peersReflection).toString())
                .contains("Refleksi rekan");
        assertThat(mongo.getCollection("reflections").countDocuments(new Document("_id", privateReflection)))
                .isZero();
        assertThat(mongo.getCollection("reflection_encouragements")
                        .countDocuments(new Document("reflectionId", peersReflection)))
                .isZero();
    }

    /**
     * Issue #11's promise for learning: after the erasure, replaying every topic the service reads
     * (its own learning topics and membership-service's) from the start restores nothing of the member,
     * while the peer's data is served as before. A derived document of the peer is dropped before the
     * replay and must come back, which proves the replay ran for that listener's group.
     */
    @Test
    void aReplayOfEveryConsumedTopicAfterTheErasureRestoresNothingOfTheMember() {
        LearningFixtures fixtures = new LearningFixtures(http, replicas, clock);
        Community community = fixtures.activeCommunityInSleman();
        String teacher = UUID.randomUUID().toString();
        String peer = UUID.randomUUID().toString();
        joined(community, teacher, "MEMBER");
        joined(community, peer, "MEMBER");
        String teachersName = "Ratna Kusumawati " + UUID.randomUUID().toString().substring(0, 6);
        String peersName = "Agus Prasetyo " + UUID.randomUUID().toString().substring(0, 6);
        LearningFixtures.memberEvent("MemberRegistered", teacher, 1, teachersName);
        LearningFixtures.memberEvent("MemberRegistered", peer, 1, peersName);

        // registration, attendance, credit and certificate for both; feedback, goal, reflection, resource
        String activity = fixtures.published(community, fixtures.workshop(community, 10, false));
        fixtures.register(teacher, activity);
        fixtures.register(peer, activity);
        fixtures.startOf(activity, teacher);
        mark(community.lead(), activity, teacher);
        mark(community.lead(), activity, peer);
        complete(community.lead(), activity);
        String certificate = fixtures.certificateOf(teacher, activity);
        String peersCertificate = fixtures.certificateOf(peer, activity);
        await("both names known here")
                .until(() -> !verification(certificate).get("holderName").isNull()
                        && !verification(peersCertificate).get("holderName").isNull());
        assertThat(verification(certificate).get("holderName").asString()).isEqualTo(teachersName);
        fixtures.post(teacher, "/api/v1/activities/" + activity + "/feedback", "{\"rating\":4,\"comment\":\"Baik\"}")
                .expectStatus()
                .isCreated();
        http.post()
                .uri("/api/v1/goals")
                .header("Authorization", LearningFixtures.bearer(teacher))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\":\"Asesmen formatif\",\"targetDate\":\"2027-06-30\"}")
                .exchange()
                .expectStatus()
                .isCreated();
        reflection(fixtures, teacher, activity, "Refleksi saya", "COMMUNITY");
        String peersReflection = reflection(fixtures, peer, activity, "Refleksi rekan", "COMMUNITY");
        String resources = "/api/v1/communities/" + community.id() + "/resources";
        created(fixtures.post(teacher, resources, resource("Modul milik guru")));
        String peersResource = created(fixtures.post(peer, resources, resource("Modul milik rekan")));
        put(teacher, resources + "/" + peersResource + "/rating", "{\"stars\":5}");
        assertThat(StoredDocuments.naming(mongo, teacher)).isNotEmpty();
        assertThat(mongo.getCollection("idempotency_keys").countDocuments()).isPositive();

        JsonNode peersRecord = fixtures.json(peer, "/api/v1/learning-records/me/activities");
        JsonNode peersVerification = verification(peersCertificate);
        JsonNode peersReflectionBefore = fixtures.json(peer, "/api/v1/reflections/" + peersReflection);

        try (KafkaProbe requests = KafkaProbe.on("membership.privacy");
                KafkaProbe answers = KafkaProbe.on("learning.privacy")) {
            String exportId = UUID.randomUUID().toString();
            requests.send(request(requests, "PersonalDataExportRequested", exportId, teacher));
            JsonNode data = LearningFixtures.parse(KafkaProbe.body(awaitAnswer(answers, exportId)))
                    .get("data");
            assertThat(data.get("memberName").get("name").asString()).isEqualTo(teachersName);
            String erasureId = UUID.randomUUID().toString();
            requests.send(request(requests, "MemberErasureRequested", erasureId, teacher));
            awaitAnswer(answers, erasureId);
        }
        await("no document names the erased member")
                .untilAsserted(() -> assertThat(StoredDocuments.naming(mongo, teacher, teachersName))
                        .isEmpty());
        assertErasedCertificateStillVerifies(certificate, activity);

        // derived documents of the peer, dropped: the replay must bring them back
        mongo.getCollection("member_replicas").deleteOne(new Document("_id", peer));
        mongo.getCollection("reflection_attendances").deleteOne(new Document("_id", activity + ":" + peer));
        for (String topic : List.of(
                "membership.region",
                "membership.community",
                "membership.membership",
                "membership.member",
                "learning.activity",
                "learning.registration",
                "discussion.problem")) {
            KafkaProbe.onCreating(topic, 3).close(); // a topic no test wrote to yet exists too
            replay.replay(topic);
        }
        await("the replay restored the peer's derived documents")
                .atMost(Duration.ofSeconds(60))
                .until(() -> mongo.getCollection("member_replicas").countDocuments(new Document("_id", peer)) == 1
                        && mongo.getCollection("reflection_attendances")
                                        .countDocuments(new Document("_id", activity + ":" + peer))
                                == 1);
        await("and nothing of the erased member")
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(StoredDocuments.naming(mongo, teacher, teachersName))
                        .isEmpty());
        assertErasedCertificateStillVerifies(certificate, activity);

        assertThat(fixtures.json(peer, "/api/v1/learning-records/me/activities"))
                .isEqualTo(peersRecord);
        assertThat(verification(peersCertificate)).isEqualTo(peersVerification);
        assertThat(verification(peersCertificate).get("holderName").asString()).isEqualTo(peersName);
        assertThat(fixtures.json(peer, "/api/v1/reflections/" + peersReflection))
                .isEqualTo(peersReflectionBefore);
        JsonNode resource = fixtures.json(peer, resources + "/" + peersResource);
        assertThat(resource.get("title").asString()).isEqualTo("Modul milik rekan");
        assertThat(resource.toString()).doesNotContain(teacher);
    }

    private void assertErasedCertificateStillVerifies(String certificate, String activity) {
        JsonNode verified = verification(certificate);
        assertThat(verified.get("valid").asBoolean()).isTrue();
        assertThat(verified.get("memberId").asString()).isEqualTo(FORMER_MEMBER);
        assertThat(verified.get("holderName").isNull()).isTrue();
        assertThat(verified.get("holderErased").asBoolean()).isTrue();
        assertThat(verified.get("activityId").asString()).isEqualTo(activity);
        assertThat(verified.get("jp").asInt()).isEqualTo(2);
        assertThat(verified.get("heldOn").asString()).isNotBlank();
        assertThat(verified.get("communityName").asString()).isNotBlank();
        assertThat(verified.get("regionName").asString()).isNotBlank();
    }

    private JsonNode verification(String code) {
        return http.get()
                .uri("/api/v1/certificates/" + code + "/verification")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private void joined(Community community, String memberId, String role) {
        replicas.upsert(
                "membership_replicas",
                community.id() + ":" + memberId,
                1,
                new Document("communityId", community.id())
                        .append("memberId", memberId)
                        .append("role", role)
                        .append("status", "ACTIVE"));
    }

    private String publishedBy(LearningFixtures fixtures, Community community, String facilitator) {
        String id = created(fixtures.post(
                facilitator,
                "/api/v1/communities/" + community.id() + "/activities",
                fixtures.workshop(community, 10, false)));
        fixtures.post(facilitator, "/api/v1/activities/" + id + "/publish", null)
                .expectStatus()
                .isOk();
        return id;
    }

    private void mark(String by, String activity, String member) {
        http.put()
                .uri("/api/v1/activities/" + activity + "/attendance/" + member)
                .header("Authorization", LearningFixtures.bearer(by))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private void complete(String by, String activity) {
        http.post()
                .uri("/api/v1/activities/" + activity + "/complete")
                .header("Authorization", LearningFixtures.bearer(by))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private void put(String memberId, String uri, String json) {
        http.put()
                .uri(uri)
                .header("Authorization", LearningFixtures.bearer(memberId))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
    }

    /** Written once the attendance reached the reflections feature (an event). */
    private static String reflection(
            LearningFixtures fixtures, String memberId, String activityId, String text, String visibility) {
        String body = new Document("activityId", activityId)
                .append("text", text)
                .append("visibility", visibility)
                .toJson();
        return await("attendance of " + memberId + " known to reflections")
                .until(
                        () -> fixtures.post(memberId, "/api/v1/reflections", body)
                                .expectBody(JsonNode.class)
                                .returnResult(),
                        result -> result.getStatus().value() == 201)
                .getResponseBody()
                .get("id")
                .asString();
    }

    private static String created(RestTestClient.ResponseSpec response) {
        return response.expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .asString();
    }

    private static String resource(String title) {
        return """
                {"title":"%s","description":"Bahan ajar pecahan kelas 4","url":"https://guru.kemdikbud.go.id/%s",
                 "platform":"PMM","kind":"MODULE","subjects":["Matematika"],"tags":["pecahan"]}""".formatted(title, UUID.randomUUID());
    }

    private static ConsumerRecord<String, byte[]> awaitAnswer(KafkaProbe answers, String requestId) {
        return answers.await("answer to " + requestId, record -> (requestId + ":" + SERVICE).equals(record.key()));
    }

    private static ProducerRecord<String, byte[]> request(
            KafkaProbe requests, String type, String requestId, String memberId) {
        return requests.event(type, UUID.randomUUID().toString(), requestId, 1, """
                {"requestId":"%s","memberId":"%s","requestedAt":"2026-11-28T05:00:00Z"}""".formatted(requestId, memberId));
    }
}
