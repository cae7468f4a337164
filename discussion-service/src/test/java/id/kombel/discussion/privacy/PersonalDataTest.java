package id.kombel.discussion.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.membership.replica.MembershipTopics;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.platform.events.TopicReplay;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import id.kombel.test.StoredDocuments;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A member's discussion data exported and erased through the platform's privacy module: every part
 * is in the answer, and afterwards no document of the service names them while the content others
 * built on (a solution to their problem, replies to their solution) is still served.
 */
@IntegrationTest
@AutoConfigureRestTestClient
@TestPropertySource(
        properties = {
            // every cached context of this service reads the shared request topic and answers as
            // "discussion"; this one answers under a name of its own, on the catalogued topic
            "kombel.privacy.service=" + PersonalDataTest.SERVICE,
            "kombel.privacy.topic=discussion.privacy"
        })
class PersonalDataTest {

    static final String SERVICE = "discussion-under-test";
    private static final String FORMER_MEMBER = "former-member";

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TopicReplay replay;

    @Test
    void exportsEveryPartThenErasesTheMemberAndKeepsWhatOthersBuiltOn() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String teacher = UUID.randomUUID().toString();
        fixtures.join(community.id(), teacher, "MEMBER");

        String answered = fixtures.problemId(teacher, community.id(), "Murid ramai di kelas", false);
        String unanswered = fixtures.problemId(teacher, community.id(), "Soal cerita sulit", true);
        String peersSolution = fixtures.solutionId(community.peer(), answered, "Tanda tangan tenang");
        fixtures.postOk(teacher, "/api/v1/solutions/" + peersSolution + "/replies", "{\"body\":\"Saya coba besok\"}");
        fixtures.postOk(teacher, "/api/v1/solutions/" + peersSolution + "/votes", null);
        fixtures.postOk(teacher, "/api/v1/solutions/" + peersSolution + "/appreciations", "{\"message\":\"Makasih\"}");
        fixtures.post(teacher, "/api/v1/solutions/" + peersSolution + "/flags", DiscussionFixtures.reason("Cek"))
                .expectStatus()
                .isAccepted();
        String trial = fixtures.postOk(
                        teacher,
                        "/api/v1/solutions/" + peersSolution + "/trials",
                        "{\"dueOn\":\"" + LocalDate.now().plusDays(3) + "\"}")
                .get("id")
                .asString();
        fixtures.postOk(
                teacher, "/api/v1/trials/" + trial + "/outcome", "{\"outcome\":\"WORKED\",\"note\":\"Kelas tenang\"}");
        http.put()
                .uri("/api/v1/problems/" + answered + "/follow")
                .header("Authorization", DiscussionFixtures.member(teacher))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        String peersProblem = fixtures.problemId(community.peer(), community.id(), "Media belajar", false);
        String teachersSolution = fixtures.solutionId(teacher, peersProblem, "Video pendek");
        fixtures.postOk(
                community.peer(),
                "/api/v1/solutions/" + teachersSolution + "/replies",
                "{\"body\":\"Berhasil di kelas saya\"}");
        fixtures.postOk(
                community.peer(),
                "/api/v1/solutions/" + teachersSolution + "/appreciations",
                "{\"message\":\"Terima kasih\"}");

        try (KafkaProbe requests = KafkaProbe.on("membership.privacy");
                KafkaProbe answers = KafkaProbe.on("discussion.privacy")) {
            String exportId = UUID.randomUUID().toString();
            requests.send(request(requests, "PersonalDataExportRequested", exportId, teacher));
            ConsumerRecord<String, byte[]> export = awaitAnswer(answers, exportId);
            EventContract.load().assertConforms(export);
            JsonNode data = tools.jackson.databind.json.JsonMapper.shared()
                    .readTree(KafkaProbe.body(export))
                    .get("data");
            assertThat(data.get("problems").toString()).contains(answered, unanswered, "Murid ramai di kelas");
            assertThat(data.get("solutions").get("solutions").toString()).contains(teachersSolution);
            assertThat(data.get("solutions").get("replies").toString()).contains("Saya coba besok");
            assertThat(data.get("solutions").get("votes")).hasSize(1);
            assertThat(data.get("trials").toString()).contains(trial, "Kelas tenang");
            assertThat(data.get("appreciation").get("given").toString()).contains("Makasih");
            assertThat(data.get("appreciation").get("received").toString()).contains("Terima kasih");
            assertThat(data.get("flags").toString()).contains("Cek");
            assertThat(data.get("follows").toString()).contains(answered);

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
        JsonNode problem = fixtures.json(community.peer(), "/api/v1/problems/" + answered);
        assertThat(problem.toString()).contains("Murid ramai di kelas").doesNotContain(teacher);
        assertThat(fixtures.json(community.peer(), "/api/v1/solutions/" + peersSolution)
                        .toString())
                .contains("Tanda tangan tenang");
        JsonNode kept = fixtures.json(community.peer(), "/api/v1/solutions/" + teachersSolution);
        assertThat(kept.toString()).contains("Video pendek", FORMER_MEMBER);
        assertThat(fixtures.json(community.peer(), "/api/v1/solutions/" + teachersSolution + "/replies")
                        .toString())
                .contains("Berhasil di kelas saya");
        fixtures.get(community.peer(), "/api/v1/problems/" + unanswered)
                .expectStatus()
                .isNotFound();
        assertThat(mongo.getCollection("appreciations").countDocuments(new Document("toMemberId", FORMER_MEMBER)))
                .isEqualTo(1);
    }

    /**
     * Everything the member did in discussion, erased, then every topic this service reads replayed from
     * its start (its own topics, read back by its follow and counter listeners, and membership's topics
     * its replicas are built from): nothing comes back that names them, what others built on stays with
     * the former member, and other members' content and counts are as they were.
     */
    @Test
    void aReplayOfEveryTopicAfterErasureBringsNothingOfTheMemberBack() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        Community elsewhere = fixtures.activeCommunity();
        String teacher = UUID.randomUUID().toString();
        String name = "Sari Wulandari";
        String email = "sari.wulandari@sekolah.example";
        fixtures.join(community.id(), teacher, "MEMBER");
        try (KafkaProbe memberships = KafkaProbe.on(MembershipTopics.MEMBERSHIP)) {
            // membership-service's record of another membership, in Kafka for good
            memberships.send(memberships.event(
                    "MemberJoined", UUID.randomUUID().toString(), elsewhere.id() + ":" + teacher, 1, """
                            {"membershipId":"%s:%s","communityId":"%s","memberId":"%s","role":"MEMBER","status":"ACTIVE"}""".formatted(
                                    elsewhere.id(), teacher, elsewhere.id(), teacher)));
        }
        await("the membership replicated from Kafka")
                .until(() -> mongo.getCollection("membership_replicas")
                                .countDocuments(new Document("_id", elsewhere.id() + ":" + teacher))
                        == 1);

        String named = fixtures.problemId(teacher, community.id(), "Kelas sulit fokus", false);
        String anonymous = fixtures.problemId(teacher, community.id(), "Nilai asesmen meleset", true);
        fixtures.problemId(teacher, community.id(), "Belum dijawab", true);
        String peersOnNamed = fixtures.solutionId(community.peer(), named, "Jeda gerak");
        String peersOnAnonymous = fixtures.solutionId(community.coLead(), anonymous, "Rubrik bersama");
        fixtures.postOk(teacher, "/api/v1/solutions/" + peersOnNamed + "/replies", """
                {"body":"Saya %s (%s) coba besok"}""".formatted(name, email));
        fixtures.postOk(teacher, "/api/v1/solutions/" + peersOnNamed + "/votes", null);
        fixtures.postOk(teacher, "/api/v1/solutions/" + peersOnNamed + "/appreciations", """
                {"message":"Makasih, %s"}""".formatted(name));
        fixtures.post(teacher, "/api/v1/solutions/" + peersOnAnonymous + "/flags", DiscussionFixtures.reason("Cek"))
                .expectStatus()
                .isAccepted();
        String trial = fixtures.postOk(
                        teacher,
                        "/api/v1/solutions/" + peersOnNamed + "/trials",
                        "{\"dueOn\":\"" + LocalDate.now().plusDays(3) + "\"}")
                .get("id")
                .asString();
        fixtures.postOk(teacher, "/api/v1/trials/" + trial + "/outcome", """
                {"outcome":"WORKED","note":"Kelas %s tenang, tanya %s"}""".formatted(name, email));
        String peersProblem = fixtures.problemId(community.peer(), community.id(), "Literasi digital", false);
        http.put()
                .uri("/api/v1/problems/" + peersProblem + "/follow")
                .header("Authorization", DiscussionFixtures.member(teacher))
                .exchange()
                .expectStatus()
                .isCreated();
        String teachersSolution = fixtures.solutionId(teacher, peersProblem, "Kelas daring singkat");
        fixtures.postOk(
                community.peer(), "/api/v1/solutions/" + teachersSolution + "/replies", "{\"body\":\"Berhasil\"}");
        fixtures.postOk(community.peer(), "/api/v1/solutions/" + teachersSolution + "/votes", null);
        String peersTrial = fixtures.postOk(
                        community.peer(),
                        "/api/v1/solutions/" + teachersSolution + "/trials",
                        "{\"dueOn\":\"" + LocalDate.now().plusDays(1) + "\"}")
                .get("id")
                .asString();
        fixtures.postOk(
                community.peer(),
                "/api/v1/trials/" + peersTrial + "/outcome",
                "{\"outcome\":\"PARTLY\",\"note\":\"Ok\"}");
        http.put()
                .uri("/api/v1/problems/" + named + "/follow")
                .header("Authorization", DiscussionFixtures.member(community.peer()))
                .exchange()
                .expectStatus()
                .isCreated();

        try (KafkaProbe requests = KafkaProbe.on("membership.privacy");
                KafkaProbe answers = KafkaProbe.on("discussion.privacy")) {
            String erasureId = UUID.randomUUID().toString();
            requests.send(request(requests, "MemberErasureRequested", erasureId, teacher));
            awaitAnswer(answers, erasureId);
        }
        await("nothing names the erased member")
                .untilAsserted(() -> assertThat(StoredDocuments.naming(mongo, teacher, name, email))
                        .isEmpty());
        assertOthersIntact(fixtures, community, named, anonymous, peersOnNamed, teachersSolution);

        List<String> replayed = new ArrayList<>();
        for (String topic : List.of(
                DiscussionTopics.PROBLEM,
                DiscussionTopics.SOLUTION,
                DiscussionTopics.REPLY,
                DiscussionTopics.VOTE,
                DiscussionTopics.TRIAL,
                DiscussionTopics.APPRECIATION,
                DiscussionTopics.MODERATION,
                DiscussionTopics.FOLLOW,
                MembershipTopics.REGION,
                MembershipTopics.COMMUNITY,
                MembershipTopics.MEMBERSHIP)) {
            if (replay.consumes(topic)) {
                replay.replay(topic);
                replayed.add(topic);
            }
        }
        assertThat(replayed)
                .as("every topic this service reads")
                .contains(
                        DiscussionTopics.PROBLEM,
                        DiscussionTopics.SOLUTION,
                        DiscussionTopics.REPLY,
                        DiscussionTopics.VOTE,
                        DiscussionTopics.TRIAL,
                        MembershipTopics.REGION,
                        MembershipTopics.COMMUNITY,
                        MembershipTopics.MEMBERSHIP);
        await("the replay has run")
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(StoredDocuments.naming(mongo, teacher, name, email))
                        .isEmpty());
        assertOthersIntact(fixtures, community, named, anonymous, peersOnNamed, teachersSolution);
    }

    private void assertOthersIntact(
            DiscussionFixtures fixtures,
            Community community,
            String named,
            String anonymous,
            String peersOnNamed,
            String teachersSolution) {
        JsonNode namedProblem = fixtures.json(community.peer(), "/api/v1/problems/" + named);
        assertThat(namedProblem.get("title").asString()).isEqualTo("Kelas sulit fokus");
        assertThat(namedProblem.get("solutionCount").asInt()).isEqualTo(1);
        JsonNode anonymousProblem = fixtures.json(community.peer(), "/api/v1/problems/" + anonymous);
        assertThat(anonymousProblem.get("title").asString()).isEqualTo("Nilai asesmen meleset");
        assertThat(mongo.getCollection("problems")
                        .find(new Document("_id", anonymous))
                        .first()
                        .getString("authorId"))
                .isEqualTo(FORMER_MEMBER);
        JsonNode peers = fixtures.json(community.peer(), "/api/v1/solutions/" + peersOnNamed);
        assertThat(peers.get("summary").asString()).isEqualTo("Jeda gerak");
        assertThat(peers.get("helpfulVotes").asInt())
                .as("the erased member's vote is gone")
                .isZero();
        assertThat(peers.get("replyCount").asInt()).isZero();
        assertThat(peers.get("outcomes").get("WORKED").asInt()).isZero();
        JsonNode kept = fixtures.json(community.peer(), "/api/v1/solutions/" + teachersSolution);
        assertThat(kept.get("summary").asString()).isEqualTo("Kelas daring singkat");
        assertThat(kept.get("authorId").asString()).isEqualTo(FORMER_MEMBER);
        assertThat(kept.get("helpfulVotes").asInt()).isEqualTo(1);
        assertThat(kept.get("replyCount").asInt()).isEqualTo(1);
        assertThat(kept.get("outcomes").get("PARTLY").asInt()).isEqualTo(1);
        assertThat(fixtures.json(community.peer(), "/api/v1/solutions/" + teachersSolution + "/replies")
                        .toString())
                .contains("Berhasil");
        assertThat(mongo.getCollection("follows").countDocuments(new Document("_id", named + ":" + community.peer())))
                .isEqualTo(1);
        assertThat(mongo.getCollection("membership_replicas")
                        .countDocuments(new Document("communityId", community.id())))
                .as("the community's other members")
                .isEqualTo(4);
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
