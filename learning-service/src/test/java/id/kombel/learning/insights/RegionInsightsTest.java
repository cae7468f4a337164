package id.kombel.learning.insights;

import static id.kombel.learning.LearningFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.learning.LearningFixtures;
import id.kombel.learning.LearningFixtures.Community;
import id.kombel.learning.LearningTestConfiguration;
import id.kombel.learning.TestClock;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** A region's admins see its activities held, attendance and JP credited per month; nobody else does. */
@IntegrationTest
@Import(LearningTestConfiguration.class)
@AutoConfigureRestTestClient
class RegionInsightsTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    TestClock clock;

    LearningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new LearningFixtures(http, replicas, clock);
    }

    @Test
    void theRegionsAdminSeesActivitiesAttendanceAndHoursPerMonth() {
        Community community = fixtures.activeCommunityIn(LearningFixtures.newId("kab-bantul"));
        String member = fixtures.memberOf(community);
        String other = fixtures.memberOf(community);
        String activity = fixtures.published(community, fixtures.workshop(community, 10, false));
        fixtures.register(member, activity);
        fixtures.register(other, activity);
        fixtures.startOf(activity, member);
        for (String attendee : new String[] {member, other}) {
            http.put()
                    .uri("/api/v1/activities/" + activity + "/attendance/" + attendee)
                    .header("Authorization", LearningFixtures.bearer(community.lead()))
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        fixtures.post(community.lead(), "/api/v1/activities/" + activity + "/complete", null)
                .expectStatus()
                .isOk();
        String uri = "/api/v1/regions/" + community.regionId() + "/insights";

        await("credits counted").untilAsserted(() -> {
            JsonNode insights = insights(TestIdentity.shared().regionAdmin("admin-1", community.regionId()), uri);
            assertThat(insights.get("activities").get("activitiesHeld").asInt()).isEqualTo(1);
            assertThat(insights.get("activities").get("attendees").asInt()).isEqualTo(2);
            assertThat(insights.get("activities").get("jpCredited").asInt()).isEqualTo(4);
            assertThat(insights.get("activities").get("months")).hasSize(1);
        });
        assertThat(insights(TestIdentity.shared().platformAdmin("root"), uri)
                        .get("regionId")
                        .asString())
                .isEqualTo(community.regionId());
    }

    @Test
    void anAdminOfAnotherRegionOrAMemberIsRefused() {
        Community community = fixtures.activeCommunityIn(LearningFixtures.newId("kab-gunungkidul"));
        String uri = "/api/v1/regions/" + community.regionId() + "/insights";

        for (String token : new String[] {
            TestIdentity.shared().regionAdmin("admin-2", "kab-lain"),
            TestIdentity.shared().member(community.lead())
        }) {
            http.get()
                    .uri(uri)
                    .header("Authorization", "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(problem("forbidden"));
        }
        http.get()
                .uri(uri + "?from=2026-05-01&to=2026-01-01")
                .header("Authorization", "Bearer " + TestIdentity.shared().platformAdmin("root"))
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("invalid-period"));
    }

    private JsonNode insights(String token, String uri) {
        return http.get()
                .uri(uri)
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }
}
