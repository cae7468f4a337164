package id.kombel.discussion.problem;

import static id.kombel.discussion.DiscussionFixtures.reason;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Members flag; leads hide and restore, and hidden content leaves lists and search. */
@IntegrationTest
@AutoConfigureRestTestClient
class ModerationTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    DiscussionFixtures fixtures;
    Community community;
    String problemId;

    @BeforeEach
    void aProblem() {
        fixtures = new DiscussionFixtures(http, replicas);
        community = fixtures.activeCommunity();
        problemId = fixtures.problemId(community.member(), community.id(), "Iklan terselubung", false);
    }

    @Test
    void aHiddenProblemLeavesListsAndSearchUntilALeadRestoresIt() {
        fixtures.postOk(community.lead(), "/api/v1/problems/" + problemId + "/hide", reason("Iklan"));

        assertThat(list(community.peer(), "")).doesNotContain(problemId);
        assertThat(list(community.peer(), "?q=iklan")).doesNotContain(problemId);
        assertThat(list(community.lead(), "?q=iklan")).doesNotContain(problemId);
        fixtures.get(community.peer(), "/api/v1/problems/" + problemId)
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/not-found");
        JsonNode forLead = fixtures.json(community.lead(), "/api/v1/problems/" + problemId);
        assertThat(forLead.get("hidden").asBoolean()).isTrue();
        assertThat(forLead.get("title").asString()).isEqualTo("Iklan terselubung");

        fixtures.postOk(community.coLead(), "/api/v1/problems/" + problemId + "/restore", reason("Bukan iklan"));
        assertThat(list(community.peer(), "?q=iklan")).contains(problemId);

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.PROBLEM)) {
            for (String type : new String[] {"ContentHidden", "ContentRestored"}) {
                EventContract.load()
                        .assertConforms(topic.await(
                                type, r -> problemId.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))));
            }
        }
    }

    @Test
    void aMemberMayNotHideAndNothingChanges() {
        fixtures.post(community.peer(), "/api/v1/problems/" + problemId + "/hide", reason("Tidak suka"))
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden");

        assertThat(list(community.peer(), "")).contains(problemId);
        assertThat(fixtures.json(community.lead(), "/api/v1/problems/" + problemId)
                        .get("version")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aHiddenSolutionLeavesTheListForPeers() {
        String solutionId = fixtures.solutionId(community.peer(), problemId, "Beli produk kami");
        fixtures.postOk(community.lead(), "/api/v1/solutions/" + solutionId + "/hide", reason("Iklan"));

        assertThat(fixtures.json(community.member(), "/api/v1/problems/" + problemId + "/solutions")
                        .get("items")
                        .size())
                .isZero();
        fixtures.get(community.member(), "/api/v1/solutions/" + solutionId)
                .expectStatus()
                .isNotFound();
        assertThat(fixtures.json(community.lead(), "/api/v1/problems/" + problemId + "/solutions")
                        .get("items")
                        .size())
                .isEqualTo(1);
        fixtures.post(community.member(), "/api/v1/solutions/" + solutionId + "/accept", null)
                .expectStatus()
                .isNotFound();
        assertThat(fixtures.json(community.member(), "/api/v1/problems/" + problemId)
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");
    }

    @Test
    void aMemberFlagsOnceForTheLeads() {
        fixtures.post(community.peer(), "/api/v1/problems/" + problemId + "/flags", reason("Iklan"))
                .expectStatus()
                .isAccepted();
        fixtures.post(community.peer(), "/api/v1/problems/" + problemId + "/flags", reason("Iklan lagi"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/already-flagged");

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.MODERATION)) {
            var flagged = topic.await("ContentFlagged", r -> KafkaProbe.body(r).contains(problemId));
            EventContract.load().assertConforms(flagged);
            assertThat(topic.records().stream().filter(r -> KafkaProbe.body(r).contains(problemId)))
                    .hasSize(1);
        }
    }

    private String list(String memberId, String query) {
        return fixtures.get(memberId, "/api/v1/communities/" + community.id() + "/problems" + query)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
