package id.kombel.discussion.solution;

import static id.kombel.discussion.DiscussionFixtures.reason;
import static id.kombel.discussion.DiscussionFixtures.solution;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Solutions with steps and links, replies, helpful votes and acceptance, on open and locked problems. */
@IntegrationTest
@AutoConfigureRestTestClient
class SolutionApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReplicaWriter replicas;

    DiscussionFixtures fixtures;
    Community community;
    String problemId;

    @BeforeEach
    void aProblem() {
        fixtures = new DiscussionFixtures(http, replicas);
        community = fixtures.activeCommunity();
        problemId = fixtures.problemId(community.member(), community.id(), "Siswa bosan", false);
    }

    @Test
    void aPeerProposesASolutionWithStepsAndLinksAndTheProblemCountsIt() {
        JsonNode proposed = fixtures.postOk(
                community.peer(), "/api/v1/problems/" + problemId + "/solutions", solution("Pakai kertas lipat"));
        String id = proposed.get("id").asString();

        assertThat(proposed.get("authorId").asString()).isEqualTo(community.peer());
        assertThat(proposed.get("steps").size()).isEqualTo(2);
        assertThat(proposed.get("resources").get(0).get("url").asString()).startsWith("https://");
        assertThat(proposed.get("outcomes").get("WORKED").asInt()).isZero();
        assertThat(fixtures.json(community.member(), "/api/v1/problems/" + problemId)
                        .get("solutionCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(fixtures.json(community.member(), "/api/v1/problems/" + problemId + "/solutions")
                        .get("items")
                        .size())
                .isEqualTo(1);
        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.SOLUTION)) {
            var event = topic.await("SolutionProposed", r -> id.equals(r.key()));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.body(event)).contains("\"problemAuthorId\":\"" + community.member() + "\"");
        }
    }

    @Test
    void refusesLinksThatAreNotHttpAndStoresNothing() {
        for (String url : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://x.id/a", "https://")) {
            fixtures.post(community.peer(), "/api/v1/problems/" + problemId + "/solutions", """
                    {"summary":"Coba","resources":[{"title":"x","url":"%s"}]}""".formatted(url))
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://kombel.id/problems/validation");
        }
        assertThat(solutions()).isZero();
    }

    @Test
    void aSecondVoteTakesTheMarkBack() {
        String id = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");

        JsonNode first = fixtures.postOk(community.coLead(), "/api/v1/solutions/" + id + "/votes", null);
        assertThat(first.get("helpfulVotes").asInt()).isEqualTo(1);
        assertThat(first.get("helpfulToMe").asBoolean()).isTrue();
        JsonNode second = fixtures.postOk(community.coLead(), "/api/v1/solutions/" + id + "/votes", null);
        assertThat(second.get("helpfulVotes").asInt()).isZero();
        assertThat(second.get("helpfulToMe").asBoolean()).isFalse();
        assertThat(fixtures.json(community.member(), "/api/v1/problems/" + problemId)
                        .get("helpfulVotes")
                        .asInt())
                .isZero();

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.VOTE)) {
            String voteId = id + ":" + community.coLead();
            await(topic, voteId, 2);
            topic.recordsOf(voteId).forEach(EventContract.load()::assertConforms);
            assertThat(topic.recordsOf(voteId))
                    .extracting(KafkaProbe::body)
                    .anySatisfy(body -> assertThat(body).contains("\"helpful\":true"))
                    .anySatisfy(body -> assertThat(body).contains("\"helpful\":false"));
        }
    }

    @Test
    void concurrentVotesOfManyMembersAreAllCounted() {
        String id = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String voter = DiscussionFixtures.newMemberId("voter");
            fixtures.join(community.id(), voter, "MEMBER");
            voters.add(voter);
        }

        CompletableFuture.allOf(voters.stream()
                        .map(voter -> CompletableFuture.runAsync(
                                () -> fixtures.post(voter, "/api/v1/solutions/" + id + "/votes", null)
                                        .expectStatus()
                                        .isOk()))
                        .toArray(CompletableFuture[]::new))
                .join();

        assertThat(fixtures.json(community.member(), "/api/v1/solutions/" + id)
                        .get("helpfulVotes")
                        .asInt())
                .isEqualTo(8);
        assertThat(fixtures.json(community.member(), "/api/v1/problems/" + problemId)
                        .get("helpfulVotes")
                        .asInt())
                .isEqualTo(8);
    }

    @Test
    void someoneWhoIsNeitherAuthorNorLeadMayNotAcceptAndNothingChanges() {
        String id = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");
        String bystander = DiscussionFixtures.newMemberId("bystander");
        fixtures.join(community.id(), bystander, "MEMBER");

        for (String who : List.of(bystander, community.peer())) {
            fixtures.post(who, "/api/v1/solutions/" + id + "/accept", null)
                    .expectStatus()
                    .isForbidden()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://kombel.id/problems/forbidden");
        }

        JsonNode problem = fixtures.json(community.member(), "/api/v1/problems/" + problemId);
        assertThat(problem.get("status").asString()).isEqualTo("OPEN");
        assertThat(problem.hasNonNull("acceptedSolutionId")).isFalse();
    }

    @Test
    void theAuthorAcceptsASolutionWhichSolvesTheProblemAndALeadMayChangeIt() {
        String first = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");
        String second = fixtures.solutionId(community.coLead(), problemId, "Permainan pecahan");

        assertThat(fixtures.postOk(community.member(), "/api/v1/solutions/" + first + "/accept", null)
                        .get("accepted")
                        .asBoolean())
                .isTrue();
        JsonNode solved = fixtures.json(community.peer(), "/api/v1/problems/" + problemId);
        assertThat(solved.get("status").asString()).isEqualTo("SOLVED");
        assertThat(solved.get("acceptedSolutionId").asString()).isEqualTo(first);

        fixtures.postOk(community.lead(), "/api/v1/solutions/" + second + "/accept", null);
        assertThat(fixtures.json(community.peer(), "/api/v1/problems/" + problemId)
                        .get("acceptedSolutionId")
                        .asString())
                .isEqualTo(second);
        assertThat(fixtures.json(community.peer(), "/api/v1/solutions/" + first)
                        .get("accepted")
                        .asBoolean())
                .isFalse();

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.PROBLEM)) {
            await(topic, problemId, 4);
            topic.recordsOf(problemId).forEach(EventContract.load()::assertConforms);
            assertThat(topic.recordsOf(problemId))
                    .extracting(r -> KafkaProbe.header(r, "ce_type"))
                    .containsExactly("ProblemPosted", "SolutionAccepted", "ProblemSolved", "SolutionAccepted");
        }
    }

    @Test
    void aLockedProblemRefusesSolutionsRepliesAndTrialsAndNothingIsStored() {
        String id = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");
        fixtures.post(community.member(), "/api/v1/problems/" + problemId + "/lock", reason("Cukup"))
                .expectStatus()
                .isForbidden();
        fixtures.postOk(community.lead(), "/api/v1/problems/" + problemId + "/lock", reason("Diskusi selesai"));

        fixtures.post(community.coLead(), "/api/v1/problems/" + problemId + "/solutions", solution("Satu lagi"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/problem-locked");
        fixtures.post(community.coLead(), "/api/v1/solutions/" + id + "/replies", "{\"body\":\"Setuju\"}")
                .expectStatus()
                .isEqualTo(409);
        fixtures.post(community.coLead(), "/api/v1/solutions/" + id + "/trials", "{\"dueOn\":\"2099-01-01\"}")
                .expectStatus()
                .isEqualTo(409);

        assertThat(solutions()).isEqualTo(1);
        assertThat(mongo.count(new Query(Criteria.where("solutionId").is(id)), "replies"))
                .isZero();
        assertThat(mongo.count(new Query(Criteria.where("solutionId").is(id)), "trials"))
                .isZero();
        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.PROBLEM)) {
            EventContract.load()
                    .assertConforms(topic.await(
                            "ProblemLocked",
                            r -> problemId.equals(r.key()) && "ProblemLocked".equals(KafkaProbe.header(r, "ce_type"))));
        }
    }

    @Test
    void membersReplyToASolution() {
        String id = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");

        JsonNode reply = fixtures.postOk(
                community.member(), "/api/v1/solutions/" + id + "/replies", "{\"body\":\"Terima kasih, saya coba\"}");
        assertThat(reply.get("authorId").asString()).isEqualTo(community.member());
        assertThat(fixtures.json(community.peer(), "/api/v1/solutions/" + id + "/replies")
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(fixtures.json(community.peer(), "/api/v1/solutions/" + id)
                        .get("replyCount")
                        .asInt())
                .isEqualTo(1);
        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.REPLY)) {
            EventContract.load()
                    .assertConforms(topic.await(
                            "ReplyPosted", r -> reply.get("id").asString().equals(r.key())));
        }
    }

    private long solutions() {
        return mongo.count(new Query(Criteria.where("problemId").is(problemId)), "solutions");
    }

    private static void await(KafkaProbe topic, String key, int count) {
        org.awaitility.Awaitility.await(count + " events of " + key).until(() -> {
            topic.records();
            return topic.recordsOf(key).size() >= count;
        });
    }
}
