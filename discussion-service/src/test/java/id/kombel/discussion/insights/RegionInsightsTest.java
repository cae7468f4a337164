package id.kombel.discussion.insights;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** A region's admins see its problem solving; nobody else does. */
@IntegrationTest
@AutoConfigureRestTestClient
class RegionInsightsTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Test
    void theRegionsAdminSeesProblemsSolvedRateWaitsAndTrialOutcomes() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String solved = fixtures.problemId(community.member(), community.id(), "Satu", false);
        fixtures.problemId(community.member(), community.id(), "Dua", false);
        String solution = fixtures.solutionId(community.peer(), solved, "Kertas lipat");
        fixtures.postOk(community.member(), "/api/v1/solutions/" + solution + "/accept", null);
        LocalDate today = LocalDate.now();
        String trial = fixtures.postOk(
                        community.member(),
                        "/api/v1/solutions/" + solution + "/trials",
                        "{\"dueOn\":\"" + today.plusDays(1) + "\"}")
                .get("id")
                .asString();
        fixtures.postOk(
                community.member(),
                "/api/v1/trials/" + trial + "/outcome",
                "{\"outcome\":\"WORKED\",\"note\":\"Bagus\"}");
        String uri = "/api/v1/regions/" + community.regionId() + "/insights?from=" + today.minusDays(3) + "&to="
                + today.plusDays(1);

        JsonNode insights = http.get()
                .uri(uri)
                .header("Authorization", "Bearer " + TestIdentity.shared().regionAdmin("admin", community.regionId()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(insights.get("problems").asInt()).isEqualTo(2);
        assertThat(insights.get("byCategory").get("STUDENT_MOTIVATION").asInt()).isEqualTo(2);
        assertThat(insights.get("byStatus").get("SOLVED").asInt()).isEqualTo(1);
        assertThat(insights.get("solvedRate").asDouble()).isEqualTo(0.5);
        assertThat(insights.get("periods").size()).isBetween(1, 2);
        assertThat(insights.get("medianMinutesToFirstSolution").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(insights.get("trials").get("outcomes").get("WORKED").asInt()).isEqualTo(1);
        assertThat(insights.get("trials").get("rates").get("WORKED").asDouble()).isEqualTo(1.0);

        // The gateway's dashboard asks without a period: the last twelve months up to today.
        JsonNode defaultPeriod = http.get()
                .uri("/api/v1/regions/" + community.regionId() + "/insights")
                .header("Authorization", "Bearer " + TestIdentity.shared().regionAdmin("admin", community.regionId()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(defaultPeriod.get("problems").asInt()).isEqualTo(2);

        http.get()
                .uri(uri)
                .header("Authorization", "Bearer " + TestIdentity.shared().regionAdmin("admin", "another-region"))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get()
                .uri(uri)
                .header("Authorization", DiscussionFixtures.member(community.lead()))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden");
    }
}
