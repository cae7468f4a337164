package id.kombel.membership.community;

import static id.kombel.membership.CommunityFixtures.invitation;
import static id.kombel.membership.CommunityFixtures.member;
import static id.kombel.membership.CommunityFixtures.membership;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static id.kombel.membership.CommunityFixtures.proposal;
import static id.kombel.membership.CommunityFixtures.regionAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.membership.CommunityFixtures;
import id.kombel.membership.MembershipTopics;
import id.kombel.membership.TrustTestIdentity;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** A proposed community finds its two co-leads, then its region's admin verifies or rejects it. */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class CommunityVerificationTest {

    @Autowired
    RestTestClient http;

    CommunityFixtures fixtures;
    String region;

    @BeforeEach
    void setUp() {
        fixtures = new CommunityFixtures(http);
        region = fixtures.newRegion();
    }

    @Test
    void refusesToVerifyACommunityWithoutTwoCoLeadsAndLeavesItProposed() {
        String lead = newMemberId("lead");
        String id = fixtures.propose(lead, proposal(region, "Kombel SD Sentani", "SCHOOL", "OPEN"))
                .get("id")
                .asString();
        String uri = "/api/v1/communities/" + id;

        verify(id)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("co-leads-required"));
        fixtures.appointCoLead(id, lead, newMemberId("colead"));
        JsonNode withOneCoLead = fixtures.json(lead, uri);
        http.post()
                .uri(uri + "/verify")
                .header("Authorization", regionAdmin("admin-1", region))
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("A community needs a lead and 2 co-leads before it is verified; it has 1.");

        assertThat(fixtures.json(lead, uri)).isEqualTo(withOneCoLead);
        assertThat(withOneCoLead.get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void onlyAnAdminOfTheCommunitysRegionVerifiesIt() {
        CommunityFixtures.Community community = fixtures.proposedWithCoLeads(region, "Kombel SMA Merauke", "OPEN");
        String uri = "/api/v1/communities/" + community.id();
        JsonNode before = fixtures.json(community.lead(), uri);

        for (String notAllowed : new String[] {
            regionAdmin("admin-2", fixtures.newRegion()), member("teacher-1"), member(community.lead())
        }) {
            fixtures.send(notAllowed, uri + "/verify", null)
                    .expectStatus()
                    .isForbidden()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(problem("forbidden"));
            fixtures.send(notAllowed, uri + "/reject", "{\"reason\":\"Tidak jelas\"}")
                    .expectStatus()
                    .isForbidden();
        }

        assertThat(fixtures.json(community.lead(), uri)).isEqualTo(before);
    }

    @Test
    void theRegionsAdminVerifiesACommunityWithALeadAndTwoCoLeads() {
        CommunityFixtures.Community community = fixtures.proposedWithCoLeads(region, "MGMP IPA Jayapura", "APPROVAL");

        JsonNode verified = verify(community.id())
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(verified.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(verified.has("decidedAt")).isTrue();
        fixtures.get("teacher-anyone", "/api/v1/communities/" + community.id())
                .expectStatus()
                .isOk();
        verify(community.id())
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("community-not-proposed"));
        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.COMMUNITY)) {
            ConsumerRecord<String, byte[]> event = topic.await(
                    "CommunityVerified",
                    r -> community.id().equals(r.key()) && "CommunityVerified".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.body(event))
                    .contains("\"status\":\"ACTIVE\"", "\"leadId\":\"" + community.lead() + "\"")
                    .contains("\"coLeadIds\":[\"" + community.coLead1() + "\",\"" + community.coLead2() + "\"]");
            topic.recordsOf(community.id()).forEach(EventContract.load()::assertConforms);
            assertThat(topic.recordsOf(community.id()).stream().map(r -> KafkaProbe.header(r, "ce_type")))
                    .containsExactly(
                            "CommunityProposed",
                            "CommunityLeadershipChanged",
                            "CommunityLeadershipChanged",
                            "CommunityVerified");
        }
    }

    @Test
    void coLeadsOfAProposedCommunityJoinByTheLeadsInvitationOnly() {
        String lead = newMemberId("lead");
        String id = fixtures.propose(lead, proposal(region, "Kombel Online Papua", "ONLINE", "OPEN"))
                .get("id")
                .asString();
        String invitations = "/api/v1/communities/" + id + "/invitations";

        fixtures.post(lead, invitations, invitation("teacher-2", "MEMBER"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("community-not-accepting-members"));
        fixtures.post("teacher-2", "/api/v1/communities/" + id + "/memberships", null)
                .expectStatus()
                .isNotFound();
        String coLead = newMemberId("colead");
        fixtures.post(lead, invitations, invitation(coLead, "CO_LEAD"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("INVITED");
        fixtures.get(coLead, membership(id, coLead)).expectStatus().isOk();

        fixtures.post(coLead, membership(id, coLead) + "/accept", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.role")
                .isEqualTo("CO_LEAD");

        assertThat(fixtures.json(coLead, "/api/v1/communities/" + id)
                        .get("coLeadIds")
                        .get(0)
                        .asString())
                .isEqualTo(coLead);
        fixtures.get("teacher-2", membership(id, "teacher-2")).expectStatus().isNotFound();
    }

    @Test
    void theRegionsAdminRejectsAProposalWithAReason() {
        CommunityFixtures.Community community = fixtures.proposedWithCoLeads(region, "Kombel Ganda", "OPEN");
        String uri = "/api/v1/communities/" + community.id();

        fixtures.send(regionAdmin("admin-1", region), uri + "/reject", "{\"reason\":\"\"}")
                .expectStatus()
                .isBadRequest();
        assertThat(fixtures.json(community.lead(), uri).get("status").asString())
                .isEqualTo("PROPOSED");

        fixtures.send(regionAdmin("admin-1", region), uri + "/reject", "{\"reason\":\"Sudah ada kombel serupa.\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REJECTED")
                .jsonPath("$.rejectionReason")
                .isEqualTo("Sudah ada kombel serupa.");

        assertThat(fixtures.json(community.lead(), uri).get("rejectionReason").asString())
                .isEqualTo("Sudah ada kombel serupa.");
        fixtures.get("teacher-1", uri).expectStatus().isNotFound();
        verify(community.id()).expectStatus().isEqualTo(409);
        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.COMMUNITY)) {
            ConsumerRecord<String, byte[]> event = topic.await(
                    "CommunityRejected",
                    r -> community.id().equals(r.key()) && "CommunityRejected".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.body(event)).contains("\"reason\":\"Sudah ada kombel serupa.\"");
        }
    }

    private RestTestClient.ResponseSpec verify(String communityId) {
        return fixtures.send(regionAdmin("admin-1", region), "/api/v1/communities/" + communityId + "/verify", null);
    }

    private static String problem(String type) {
        return "https://kombel.id/problems/" + type;
    }
}
