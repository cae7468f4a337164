package id.kombel.discussion.problem;

import static id.kombel.discussion.DiscussionFixtures.member;
import static id.kombel.discussion.DiscussionFixtures.newMemberId;
import static id.kombel.discussion.DiscussionFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Posting, reading, editing, closing and reopening problems, and who may do it. */
@IntegrationTest
@AutoConfigureRestTestClient
class ProblemApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReplicaWriter replicas;

    DiscussionFixtures fixtures;
    Community community;

    @BeforeEach
    void anActiveCommunity() {
        fixtures = new DiscussionFixtures(http, replicas);
        community = fixtures.activeCommunity();
    }

    @Test
    void aMemberPostsAProblemThatPublishesProblemPosted() {
        JsonNode posted = fixtures.postProblem(
                community.member(), community.id(), problem("Siswa kurang termotivasi", "STUDENT_MOTIVATION", false));
        String id = posted.get("id").asString();

        assertThat(posted.get("authorId").asString()).isEqualTo(community.member());
        assertThat(posted.get("mine").asBoolean()).isTrue();
        assertThat(posted.get("status").asString()).isEqualTo("OPEN");
        assertThat(posted.get("tags").size()).isEqualTo(2);
        assertThat(posted.get("solutionCount").asInt()).isZero();
        JsonNode seen = fixtures.json(community.peer(), "/api/v1/problems/" + id);
        assertThat(seen.get("title").asString()).isEqualTo("Siswa kurang termotivasi");
        assertThat(seen.get("mine").asBoolean()).isFalse();

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.PROBLEM)) {
            ConsumerRecord<String, byte[]> event = topic.await("ProblemPosted", r -> id.equals(r.key()));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("ProblemPosted");
            assertThat(KafkaProbe.body(event))
                    .contains("\"regionId\":\"" + community.regionId() + "\"", "\"anonymous\":false");
        }
    }

    @Test
    void aStrangerIsToldAPrivateCommunityDoesNotExistAndNothingIsStored() {
        Community proposed = fixtures.community("PROPOSED");
        long before = problems();

        http.post()
                .uri("/api/v1/communities/" + proposed.id() + "/problems")
                .header("Authorization", member(newMemberId("stranger")))
                .contentType(MediaType.APPLICATION_JSON)
                .body(problem("Judul", "OTHER", false))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/not-found");

        assertThat(problems()).isEqualTo(before);
    }

    @Test
    void aNonMemberOfAnActiveCommunityIsForbiddenAndNothingIsStored() {
        long before = problems();

        http.post()
                .uri("/api/v1/communities/" + community.id() + "/problems")
                .header("Authorization", member(newMemberId("stranger")))
                .contentType(MediaType.APPLICATION_JSON)
                .body(problem("Judul", "OTHER", false))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden");
        http.get()
                .uri("/api/v1/communities/" + community.id() + "/problems")
                .header("Authorization", member(newMemberId("stranger")))
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(problems()).isEqualTo(before);
    }

    @Test
    void anArchivedCommunityTakesNoNewProblems() {
        fixtures.archive(community);
        long before = problems();

        fixtures.post(
                        community.member(),
                        "/api/v1/communities/" + community.id() + "/problems",
                        problem("Judul", "OTHER", false))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/community-not-active");

        assertThat(problems()).isEqualTo(before);
    }

    @Test
    void rejectsAnUnknownCategoryAndUnknownFields() {
        long before = problems();
        fixtures.post(
                        community.member(),
                        "/api/v1/communities/" + community.id() + "/problems",
                        problem("Judul", "NOT_A_CATEGORY", false))
                .expectStatus()
                .isBadRequest();
        fixtures.post(
                        community.member(),
                        "/api/v1/communities/" + community.id() + "/problems",
                        "{\"title\":\"x\",\"description\":\"y\",\"category\":\"OTHER\",\"authorId\":{\"$ne\":\"\"}}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/malformed-request");
        assertThat(problems()).isEqualTo(before);
    }

    @Test
    void theAuthorEditsWithTheCurrentVersionAndAStaleOneIsRefusedWithoutChange() {
        String id = fixtures.problemId(community.member(), community.id(), "Judul awal", false);

        JsonNode edited = http.put()
                .uri("/api/v1/problems/" + id)
                .header("Authorization", member(community.member()))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(problem("Judul baru", "LEARNING_MEDIA", false))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"")
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(edited.get("title").asString()).isEqualTo("Judul baru");

        http.put()
                .uri("/api/v1/problems/" + id)
                .header("Authorization", member(community.member()))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(problem("Judul basi", "OTHER", false))
                .exchange()
                .expectStatus()
                .isEqualTo(412)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/stale-version");

        JsonNode now = fixtures.json(community.member(), "/api/v1/problems/" + id);
        assertThat(now.get("title").asString()).isEqualTo("Judul baru");
        assertThat(now.get("category").asString()).isEqualTo("LEARNING_MEDIA");
        assertThat(now.get("version").asLong()).isEqualTo(2);
        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.PROBLEM)) {
            EventContract.load()
                    .assertConforms(topic.await(
                            "ProblemUpdated",
                            r -> id.equals(r.key()) && "ProblemUpdated".equals(KafkaProbe.header(r, "ce_type"))));
        }
    }

    @Test
    void onlyTheAuthorEdits() {
        String id = fixtures.problemId(community.member(), community.id(), "Judul", false);

        http.put()
                .uri("/api/v1/problems/" + id)
                .header("Authorization", member(community.peer()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(problem("Diubah orang lain", "OTHER", false))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden");

        assertThat(fixtures.json(community.member(), "/api/v1/problems/" + id)
                        .get("title")
                        .asString())
                .isEqualTo("Judul");
    }

    @Test
    void theAuthorClosesAndReopensAndAPeerMayNot() {
        String id = fixtures.problemId(community.member(), community.id(), "Judul", false);

        fixtures.post(community.peer(), "/api/v1/problems/" + id + "/close", null)
                .expectStatus()
                .isForbidden();
        assertThat(fixtures.json(community.member(), "/api/v1/problems/" + id)
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");

        assertThat(fixtures.postOk(community.member(), "/api/v1/problems/" + id + "/close", null)
                        .get("status")
                        .asString())
                .isEqualTo("CLOSED");
        fixtures.post(community.member(), "/api/v1/problems/" + id + "/close", null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/problem-closed");
        assertThat(fixtures.postOk(community.member(), "/api/v1/problems/" + id + "/reopen", null)
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.PROBLEM)) {
            for (String type : new String[] {"ProblemClosed", "ProblemReopened"}) {
                EventContract.load()
                        .assertConforms(topic.await(
                                type, r -> id.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))));
            }
        }
    }

    private long problems() {
        return mongo.count(new Query(Criteria.where("communityId").exists(true)), "problems");
    }
}
