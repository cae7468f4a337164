package id.kombel.discussion.appreciation;

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

/** "Terima kasih" on problems, solutions and outcomes: once per member and item, never to oneself. */
@IntegrationTest
@AutoConfigureRestTestClient
class AppreciationTest {

    static final String THANKS = "{\"message\":\"Terima kasih, sangat membantu!\"}";

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    DiscussionFixtures fixtures;
    Community community;
    String problemId;
    String solutionId;

    @BeforeEach
    void aSolution() {
        fixtures = new DiscussionFixtures(http, replicas);
        community = fixtures.activeCommunity();
        problemId = fixtures.problemId(community.member(), community.id(), "Siswa bosan", false);
        solutionId = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");
    }

    @Test
    void theAuthorThanksTheSolutionsAuthorWhoIsTold() {
        JsonNode given =
                fixtures.postOk(community.member(), "/api/v1/solutions/" + solutionId + "/appreciations", THANKS);
        assertThat(given.get("toMemberId").asString()).isEqualTo(community.peer());
        assertThat(fixtures.json(community.lead(), "/api/v1/solutions/" + solutionId + "/appreciations")
                        .get("items")
                        .size())
                .isEqualTo(1);

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.APPRECIATION)) {
            var event = topic.await(
                    "AppreciationGiven", r -> given.get("id").asString().equals(r.key()));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.body(event))
                    .contains("\"toMemberId\":\"" + community.peer() + "\"", "\"itemType\":\"SOLUTION\"");
        }
    }

    @Test
    void oncePerItemAndNotToOneselfAndNothingMoreIsStored() {
        fixtures.postOk(community.peer(), "/api/v1/problems/" + problemId + "/appreciations", THANKS);
        fixtures.post(community.peer(), "/api/v1/problems/" + problemId + "/appreciations", THANKS)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/already-appreciated");
        fixtures.post(community.member(), "/api/v1/problems/" + problemId + "/appreciations", THANKS)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/self-appreciation");

        assertThat(fixtures.json(community.lead(), "/api/v1/problems/" + problemId + "/appreciations")
                        .get("items")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void anOutcomeIsAppreciatedOnceItIsReported() {
        String trialId = fixtures.postOk(
                        community.member(),
                        "/api/v1/solutions/" + solutionId + "/trials",
                        "{\"dueOn\":\"" + java.time.LocalDate.now().plusDays(3) + "\"}")
                .get("id")
                .asString();
        fixtures.post(community.peer(), "/api/v1/trials/" + trialId + "/appreciations", THANKS)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/no-outcome-yet");
        fixtures.postOk(
                community.member(),
                "/api/v1/trials/" + trialId + "/outcome",
                "{\"outcome\":\"WORKED\",\"note\":\"Berhasil\"}");

        assertThat(fixtures.postOk(community.peer(), "/api/v1/trials/" + trialId + "/appreciations", THANKS)
                        .get("itemType")
                        .asString())
                .isEqualTo("OUTCOME");
    }
}
