package id.kombel.membership.membership;

import static id.kombel.membership.CommunityFixtures.member;
import static id.kombel.membership.CommunityFixtures.membership;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.membership.CommunityFixtures;
import id.kombel.membership.MembershipTopics;
import id.kombel.membership.TrustTestIdentity;
import id.kombel.membership.community.Communities;
import id.kombel.membership.community.CommunityRole;
import id.kombel.platform.events.AggregateStore;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Who leads a community: the lead appoints and releases co-leads and hands over, always leaving
 * exactly one lead; memberships follow, also when the second of the two writes never happened.
 */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class LeadershipTest {

    @Autowired
    RestTestClient http;

    @Autowired
    Communities communities;

    @Autowired
    AggregateStore store;

    CommunityFixtures fixtures;
    CommunityFixtures.Community community;

    @BeforeEach
    void anActiveCommunity() {
        fixtures = new CommunityFixtures(http);
        community = fixtures.active("Kombel Guru Pemimpin", "OPEN");
    }

    @Test
    void theLeadAppointsAMemberAsCoLeadAndReleasesThem() {
        String teacher = newMemberId("teacher");
        fixtures.join(community.id(), teacher);

        changeRole(community.lead(), teacher, "CO_LEAD")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.role")
                .isEqualTo("CO_LEAD");
        assertThat(coLeads()).containsExactly(community.coLead1(), community.coLead2(), teacher);
        ConsumerRecord<String, byte[]> changed = awaitRoleChange(teacher, "CO_LEAD");
        assertThat(KafkaProbe.body(changed)).contains("\"previousRole\":\"MEMBER\"", "\"by\":\"" + community.lead());

        changeRole(community.lead(), teacher, "MEMBER")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.role")
                .isEqualTo("MEMBER");
        assertThat(coLeads()).containsExactly(community.coLead1(), community.coLead2());
    }

    @Test
    void onlyTheLeadChangesRolesAndTheLeadCannotSimplyStepDown() {
        String teacher = newMemberId("teacher");
        fixtures.join(community.id(), teacher);
        JsonNode before = fixtures.json(community.lead(), "/api/v1/communities/" + community.id());

        changeRole(community.coLead1(), teacher, "CO_LEAD").expectStatus().isForbidden();
        changeRole(teacher, teacher, "LEAD").expectStatus().isForbidden();
        changeRole(community.coLead1(), community.coLead2(), "MEMBER")
                .expectStatus()
                .isForbidden();
        changeRole(community.lead(), community.lead(), "MEMBER")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/lead-must-hand-over");
        changeRole(community.lead(), "never-joined", "CO_LEAD").expectStatus().isNotFound();

        assertThat(fixtures.json(community.lead(), "/api/v1/communities/" + community.id()))
                .isEqualTo(before);
        assertThat(role(teacher)).isEqualTo("MEMBER");
    }

    @Test
    void theLeadHandsOverAndTakesTheNewLeadsSeat() {
        changeRole(community.lead(), community.coLead2(), "LEAD")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.role")
                .isEqualTo("LEAD");

        JsonNode after = fixtures.json(community.coLead2(), "/api/v1/communities/" + community.id());
        assertThat(after.get("leadId").asString()).isEqualTo(community.coLead2());
        assertThat(coLeads()).containsExactly(community.coLead1(), community.lead());
        assertThat(role(community.lead())).isEqualTo("CO_LEAD");
        assertThat(leadsAmongMembers()).containsExactly(community.coLead2());
        awaitRoleChange(community.coLead2(), "LEAD");
        awaitRoleChange(community.lead(), "CO_LEAD");

        changeRole(community.lead(), community.coLead1(), "LEAD").expectStatus().isForbidden();
        http.delete()
                .uri(membership(community.id(), community.lead()))
                .header("Authorization", member(community.lead()))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(coLeads()).containsExactly(community.coLead1());
    }

    @Test
    void handingOverToAPlainMemberMakesTheFormerLeadAPlainMember() {
        String teacher = newMemberId("teacher");
        fixtures.join(community.id(), teacher);

        changeRole(community.lead(), teacher, "LEAD").expectStatus().isOk();

        assertThat(role(teacher)).isEqualTo("LEAD");
        assertThat(role(community.lead())).isEqualTo("MEMBER");
        assertThat(coLeads()).containsExactly(community.coLead1(), community.coLead2());
        assertThat(leadsAmongMembers()).containsExactly(teacher);
    }

    @Test
    void aCoLeadStepsDownOrLeavesAndLeavesTheLeadership() {
        changeRole(community.coLead1(), community.coLead1(), "MEMBER")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.role")
                .isEqualTo("MEMBER");
        http.delete()
                .uri(membership(community.id(), community.coLead2()))
                .header("Authorization", member(community.coLead2()))
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(coLeads()).isEmpty();
        assertThat(role(community.coLead1())).isEqualTo("MEMBER");
    }

    @Test
    void aMembershipFollowsALeadershipChangeWhoseFollowUpWasLost() {
        String teacher = newMemberId("teacher");
        fixtures.join(community.id(), teacher);

        // only the first write, as if the service stopped right after it
        communities.appointCoLead(communities.require(community.id()), teacher);

        await("membership follows the leadership event").until(() -> "CO_LEAD".equals(role(teacher)));
        awaitRoleChange(teacher, "CO_LEAD");
    }

    @Test
    void aCoLeadWhoseMembershipEndedLeavesTheLeadershipEvenIfTheFollowUpWasLost() {
        Membership coLead = store.findById(Membership.idOf(community.id(), community.coLead1()), Membership.class)
                .orElseThrow();
        coLead.leave(Instant.now());
        store.update(coLead); // only the first write

        await("leadership follows the MemberLeft event").until(() -> coLeads().equals(List.of(community.coLead2())));
        assertThat(communities.require(community.id()).roleOf(community.coLead1()))
                .isEqualTo(CommunityRole.MEMBER);
    }

    private RestTestClient.ResponseSpec changeRole(String caller, String memberId, String role) {
        return http.put()
                .uri(membership(community.id(), memberId) + "/role")
                .header("Authorization", member(caller))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"role\":\"" + role + "\"}")
                .exchange();
    }

    private List<String> coLeads() {
        List<String> coLeads = new ArrayList<>();
        fixtures.json(community.lead(), "/api/v1/communities/" + community.id())
                .get("coLeadIds")
                .forEach(id -> coLeads.add(id.asString()));
        return coLeads;
    }

    private String role(String memberId) {
        return fixtures.json(memberId, membership(community.id(), memberId))
                .get("role")
                .asString();
    }

    private List<String> leadsAmongMembers() {
        List<String> leads = new ArrayList<>();
        fixtures.json(community.coLead1(), "/api/v1/communities/" + community.id() + "/memberships?limit=100")
                .get("items")
                .forEach(item -> {
                    if ("LEAD".equals(item.get("role").asString())) {
                        leads.add(item.get("memberId").asString());
                    }
                });
        return leads;
    }

    private ConsumerRecord<String, byte[]> awaitRoleChange(String memberId, String role) {
        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.MEMBERSHIP)) {
            ConsumerRecord<String, byte[]> event = topic.await(
                    "MemberRoleChanged to " + role,
                    r -> (community.id() + ":" + memberId).equals(r.key())
                            && "MemberRoleChanged".equals(KafkaProbe.header(r, "ce_type"))
                            && KafkaProbe.body(r).contains("\"role\":\"" + role + "\""));
            EventContract.load().assertConforms(event);
            return event;
        }
    }
}
