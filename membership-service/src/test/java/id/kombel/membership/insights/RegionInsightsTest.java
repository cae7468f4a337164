package id.kombel.membership.insights;

import static id.kombel.membership.CommunityFixtures.member;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static id.kombel.membership.CommunityFixtures.regionAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.membership.CommunityFixtures;
import id.kombel.membership.TrustTestIdentity;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** A region's insights: its communities, members, new memberships per month, pending verifications. */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class RegionInsightsTest {

    @Autowired
    RestTestClient http;

    CommunityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CommunityFixtures(http);
    }

    @Test
    void theRegionsAdminSeesItsCommunitiesMembersAndPendingVerifications() {
        String region = fixtures.newRegion();
        CommunityFixtures.Community open = fixtures.active(region, "Kombel Guru IPA Jayapura", "OPEN");
        CommunityFixtures.Community second = fixtures.active(region, "Kombel Guru IPS Jayapura", "OPEN");
        fixtures.proposedWithCoLeads(region, "Kombel Guru Bahasa Jayapura", "OPEN");
        String both = newMemberId("teacher");
        fixtures.join(open.id(), both);
        fixtures.join(second.id(), both);
        fixtures.join(open.id(), newMemberId("teacher"));
        fixtures.active(fixtures.newRegion(), "Kombel Wilayah Lain", "OPEN");

        // 3 communities x (lead + 2 co-leads) + 3 joins; the history is written from the events
        JsonNode insights = await("every membership's history recorded")
                .until(
                        () -> insights(regionAdmin("admin-" + region, region), region, "")
                                .expectStatus()
                                .isOk()
                                .expectBody(JsonNode.class)
                                .returnResult()
                                .getResponseBody(),
                        body -> body.get("newMembershipsByMonth")
                                        .valueStream()
                                        .mapToLong(month -> month.get("count").asLong())
                                        .sum()
                                == 12);

        assertThat(insights.get("timeZone").asString()).isEqualTo("Asia/Jayapura");
        assertThat(insights.get("communities").get("total").asLong()).isEqualTo(3);
        assertThat(insights.get("communities").get("byStatus").get("ACTIVE").asLong())
                .isEqualTo(2);
        assertThat(insights.get("communities").get("byStatus").get("PROPOSED").asLong())
                .isEqualTo(1);
        assertThat(insights.get("communities").get("byType").get("CROSS_SCHOOL").asLong())
                .isEqualTo(3);
        assertThat(insights.get("communities")
                        .get("byStatusAndType")
                        .get("ACTIVE")
                        .get("CROSS_SCHOOL")
                        .asLong())
                .isEqualTo(2);
        assertThat(insights.get("pendingVerifications").asLong()).isEqualTo(1);
        assertThat(insights.get("members").get("activeMemberships").asLong()).isEqualTo(9);
        assertThat(insights.get("members").get("distinct").asLong()).isEqualTo(8);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jayapura"));
        assertThat(insights.get("newMembershipsByMonth")).hasSize(12);
        assertThat(insights.get("newMembershipsByMonth").get(11).get("month").asString())
                .isEqualTo(YearMonth.from(today).toString());
        assertThat(insights.get("to").asString()).isEqualTo(today.toString());
    }

    @Test
    void aPeriodHasEveryMonthInItAndPlatformAdminsSeeEveryRegion() {
        String region = fixtures.newRegion();

        JsonNode insights = insights(
                        "Bearer " + TestIdentity.shared().platformAdmin("platform-admin"),
                        region,
                        "?from=2026-01-15&to=2026-03-02")
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(insights.get("newMembershipsByMonth")
                        .valueStream()
                        .map(month -> month.get("month").asString())
                        .toList())
                .containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(insights.get("communities").get("total").asLong()).isZero();
        assertThat(insights.get("members").get("distinct").asLong()).isZero();
    }

    @Test
    void anotherRegionsAdminAndMembersAreRefused() {
        String region = fixtures.newRegion();
        String elsewhere = fixtures.newRegion();

        insights(regionAdmin("admin-" + elsewhere, elsewhere), region, "")
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden")
                .jsonPath("$.communities")
                .doesNotExist();
        CommunityFixtures.Community community = fixtures.active(region, "Kombel Ketua Bukan Admin", "OPEN");
        insights(member(community.lead()), region, "").expectStatus().isForbidden();
        insights(member(newMemberId("teacher")), region, "").expectStatus().isForbidden();
        http.get()
                .uri("/api/v1/regions/{regionId}/insights", region)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsOrIsTooLongOrMalformed() {
        String region = fixtures.newRegion();
        String admin = regionAdmin("admin-" + region, region);

        insights(admin, region, "?from=2026-03-01&to=2026-02-01")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/invalid-period");
        insights(admin, region, "?from=2023-01-01&to=2026-02-01").expectStatus().isEqualTo(422);
        insights(admin, region, "?from=kemarin").expectStatus().isBadRequest();
        insights("Bearer " + TestIdentity.shared().platformAdmin("platform-admin"), "no-such-region", "")
                .expectStatus()
                .isNotFound();
    }

    private RestTestClient.ResponseSpec insights(String authorization, String regionId, String query) {
        return http.get()
                .uri("/api/v1/regions/" + regionId + "/insights" + query)
                .header("Authorization", authorization)
                .exchange();
    }
}
