package id.kombel.membership.membership;

import static id.kombel.membership.CommunityFixtures.invitation;
import static id.kombel.membership.CommunityFixtures.membership;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static id.kombel.membership.CommunityFixtures.regionAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.membership.CommunityFixtures;
import id.kombel.membership.MembershipTopics;
import id.kombel.membership.TrustTestIdentity;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Joining, requests, invitations, leaving and removal, as members and leads do them over HTTP. */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class MembershipApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    CommunityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CommunityFixtures(http);
    }

    @Test
    void aMemberJoinsAnOpenCommunityAtOnce() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Terbuka", "OPEN");
        String teacher = newMemberId("teacher");

        fixtures.post(teacher, memberships(community), null)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Location", membership(community.id(), teacher))
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ACTIVE")
                .jsonPath("$.role")
                .isEqualTo("MEMBER");

        ConsumerRecord<String, byte[]> joined = awaitEvent(community, teacher, "MemberJoined");
        assertThat(KafkaProbe.body(joined))
                .isEqualTo(
                        ("{\"membershipId\":\"%s:%s\",\"communityId\":\"%s\",\"memberId\":\"%s\",\"role\":\"MEMBER\","
                                        + "\"status\":\"ACTIVE\",\"by\":\"%s\"}")
                                .formatted(community.id(), teacher, community.id(), teacher, teacher));
        JsonNode mine = fixtures.json(teacher, "/api/v1/memberships");
        assertThat(mine.get("items").get(0).get("communityName").asString()).isEqualTo("Kombel Guru Terbuka");
        assertThat(mine.get("items").get(0).get("role").asString()).isEqualTo("MEMBER");
    }

    @Test
    void joiningTwiceIsAConflictAndChangesNothing() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Dua Kali", "OPEN");
        String teacher = newMemberId("teacher");
        fixtures.join(community.id(), teacher);
        JsonNode before = fixtures.json(teacher, membership(community.id(), teacher));

        fixtures.post(teacher, memberships(community), null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("already-member"));
        fixtures.post(community.lead(), memberships(community), null)
                .expectStatus()
                .isEqualTo(409);

        assertThat(fixtures.json(teacher, membership(community.id(), teacher))).isEqualTo(before);
    }

    @Test
    void anArchivedCommunityAcceptsNoOne() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Arsip", "OPEN");
        fixtures.post(community.lead(), "/api/v1/communities/" + community.id() + "/archive", null)
                .expectStatus()
                .isOk();
        String teacher = newMemberId("teacher");

        fixtures.post(teacher, memberships(community), null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("community-not-accepting-members"));
        fixtures.post(community.lead(), invitations(community), invitation(teacher, "MEMBER"))
                .expectStatus()
                .isEqualTo(409);

        assertThat(stored(community, teacher)).isNull();
    }

    @Test
    void aLeadApprovesARequestToJoinAnApprovalCommunity() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Seleksi", "APPROVAL");
        String teacher = newMemberId("teacher");
        String otherMember = newMemberId("teacher");

        fixtures.post(teacher, memberships(community), null)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REQUESTED");
        fixtures.post(teacher, memberships(community), null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("request-pending"));
        JsonNode pending = fixtures.json(community.coLead1(), memberships(community) + "?status=REQUESTED");
        assertThat(pending.get("items").get(0).get("memberId").asString()).isEqualTo(teacher);
        fixtures.get(teacher, memberships(community) + "?status=REQUESTED")
                .expectStatus()
                .isForbidden();
        fixtures.post(otherMember, membership(community.id(), teacher) + "/approve", null)
                .expectStatus()
                .isForbidden();
        assertThat(stored(community, teacher).getString("status")).isEqualTo("REQUESTED");

        fixtures.post(community.coLead1(), membership(community.id(), teacher) + "/approve", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ACTIVE")
                .jsonPath("$.changedBy")
                .isEqualTo(community.coLead1());

        awaitEvent(community, teacher, "MembershipRequested");
        assertThat(KafkaProbe.body(awaitEvent(community, teacher, "MemberJoined")))
                .contains("\"by\":\"" + community.coLead1() + "\"");
        fixtures.post(community.lead(), membership(community.id(), teacher) + "/approve", null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("no-pending-request"));
    }

    @Test
    void aLeadDeclinesARequestAndTheMemberMayAskAgain() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Ditolak", "APPROVAL");
        String teacher = newMemberId("teacher");
        fixtures.post(teacher, memberships(community), null).expectStatus().isCreated();

        fixtures.post(community.lead(), membership(community.id(), teacher) + "/decline", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("DECLINED");
        awaitEvent(community, teacher, "MembershipDeclined");
        fixtures.post(community.lead(), membership(community.id(), teacher) + "/approve", null)
                .expectStatus()
                .isEqualTo(409);
        assertThat(stored(community, teacher).getString("status")).isEqualTo("DECLINED");

        fixtures.post(teacher, memberships(community), null)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REQUESTED");
    }

    @Test
    void anInviteOnlyCommunityTakesInvitedMembersWhoAccept() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Undangan", "INVITE");
        String invitee = newMemberId("teacher");
        String uninvited = newMemberId("teacher");

        fixtures.post(uninvited, memberships(community), null)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("invitation-required"));
        fixtures.post(uninvited, invitations(community), invitation(invitee, "MEMBER"))
                .expectStatus()
                .isForbidden();
        fixtures.post(community.coLead2(), invitations(community), invitation(invitee, "CO_LEAD"))
                .expectStatus()
                .isForbidden();
        assertThat(stored(community, uninvited)).isNull();
        assertThat(stored(community, invitee)).isNull();

        fixtures.post(community.coLead2(), invitations(community), invitation(invitee, "MEMBER"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("INVITED");
        fixtures.post(community.coLead2(), invitations(community), invitation(invitee, "MEMBER"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("invitation-pending"));
        fixtures.post(uninvited, membership(community.id(), invitee) + "/accept", null)
                .expectStatus()
                .isForbidden();

        fixtures.post(invitee, membership(community.id(), invitee) + "/accept", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ACTIVE");
        assertThat(KafkaProbe.body(awaitEvent(community, invitee, "MemberInvited")))
                .contains("\"by\":\"" + community.coLead2() + "\"");
        awaitEvent(community, invitee, "MemberJoined");
    }

    @Test
    void anInviteeMayDeclineAndAnAcceptedInvitationCannotBeDeclined() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Sopan", "INVITE");
        String invitee = newMemberId("teacher");
        fixtures.post(community.lead(), invitations(community), invitation(invitee, "MEMBER"))
                .expectStatus()
                .isCreated();

        fixtures.post(invitee, membership(community.id(), invitee) + "/decline", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("DECLINED");
        fixtures.post(invitee, membership(community.id(), invitee) + "/accept", null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("no-pending-invitation"));

        assertThat(stored(community, invitee).getString("status")).isEqualTo("DECLINED");
    }

    @Test
    void theLeadCannotLeaveBeforeHandingOver() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Setia", "OPEN");
        String uri = membership(community.id(), community.lead());
        JsonNode before = fixtures.json(community.lead(), uri);

        http.delete()
                .uri(uri)
                .header("Authorization", CommunityFixtures.member(community.lead()))
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("lead-must-hand-over"))
                .jsonPath("$.title")
                .isEqualTo("Hand over the lead first");

        assertThat(fixtures.json(community.lead(), uri)).isEqualTo(before);
        assertThat(before.get("role").asString()).isEqualTo("LEAD");
    }

    @Test
    void aMemberLeavesAndMayComeBack() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Kembali", "OPEN");
        String teacher = newMemberId("teacher");
        fixtures.join(community.id(), teacher);

        delete(teacher, membership(community.id(), teacher))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("LEFT");
        delete(teacher, membership(community.id(), teacher))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("not-a-member"));
        awaitEvent(community, teacher, "MemberLeft");
        assertThat(fixtures.json(teacher, "/api/v1/memberships").get("items")).isEmpty();
        assertThat(fixtures.json(teacher, "/api/v1/memberships?status=LEFT").get("items"))
                .hasSize(1);

        fixtures.join(community.id(), teacher);

        await("history of three changes")
                .untilAsserted(() -> assertThat(history(community, teacher))
                        .containsExactly("MemberJoined ACTIVE", "MemberLeft LEFT", "MemberJoined ACTIVE"));
        Document stored = stored(community, teacher);
        assertThat(stored.entrySet())
                .as("a membership keeps its state, not a growing list of changes")
                .filteredOn(field -> !field.getKey().equals("outbox"))
                .noneMatch(field -> field.getValue() instanceof List);
    }

    @Test
    void onlyLeadsRemoveMembersAndARemovedMemberComesBackOnlyByInvitation() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Tertib", "OPEN");
        String teacher = newMemberId("teacher");
        String other = newMemberId("teacher");
        fixtures.join(community.id(), teacher);
        fixtures.join(community.id(), other);
        JsonNode before = fixtures.json(teacher, membership(community.id(), teacher));

        delete(other, membership(community.id(), teacher)).expectStatus().isForbidden();
        delete(community.coLead1(), membership(community.id(), community.coLead2()))
                .expectStatus()
                .isForbidden();
        delete(community.coLead1(), membership(community.id(), community.lead()))
                .expectStatus()
                .isEqualTo(422);
        assertThat(fixtures.json(teacher, membership(community.id(), teacher))).isEqualTo(before);

        delete(community.coLead1(), membership(community.id(), teacher))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REMOVED");
        assertThat(KafkaProbe.body(awaitEvent(community, teacher, "MemberRemoved")))
                .contains("\"by\":\"" + community.coLead1() + "\"");
        fixtures.post(teacher, memberships(community), null)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("invitation-required"));
        fixtures.get(teacher, memberships(community)).expectStatus().isForbidden();

        fixtures.post(community.lead(), invitations(community), invitation(teacher, "MEMBER"))
                .expectStatus()
                .isCreated();
        fixtures.post(teacher, membership(community.id(), teacher) + "/accept", null)
                .expectStatus()
                .isOk();
    }

    @Test
    void membersOfACommunitySeeWhoElseIsInPageByPage() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Ramai", "OPEN");
        List<String> joined = new ArrayList<>(List.of(community.lead(), community.coLead1(), community.coLead2()));
        for (int i = 0; i < 4; i++) {
            String teacher = newMemberId("teacher");
            fixtures.join(community.id(), teacher);
            joined.add(teacher);
        }

        List<String> walked = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = fixtures.json(
                    joined.get(5), memberships(community) + "?limit=3" + (next == null ? "" : "&cursor=" + next));
            page.get("items").forEach(item -> walked.add(item.get("memberId").asString()));
            next = page.has("next") ? page.get("next").asString() : null;
        } while (next != null);

        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(joined);
        fixtures.get("outsider", memberships(community)).expectStatus().isForbidden();
        http.get()
                .uri(memberships(community))
                .header("Authorization", regionAdmin("admin", community.regionId()))
                .exchange()
                .expectStatus()
                .isOk();
        fixtures.get("outsider", membership(community.id(), joined.get(4)))
                .expectStatus()
                .isForbidden();
        fixtures.get("outsider", membership(community.id(), joined.get(4)) + "/history")
                .expectStatus()
                .isForbidden();
    }

    @Test
    void theMembersOfAProposedCommunityAreHiddenLikeTheCommunity() {
        CommunityFixtures.Community community =
                fixtures.proposedWithCoLeads(fixtures.newRegion(), "Kombel Rahasia", "OPEN");

        fixtures.get("outsider", memberships(community)).expectStatus().isNotFound();
        fixtures.post("outsider", memberships(community), null).expectStatus().isNotFound();
        fixtures.get(community.coLead2(), memberships(community)).expectStatus().isOk();
        assertThat(stored(community, "outsider")).isNull();
    }

    @Test
    void refusesUnknownFieldsAndOperatorsInAnInvitation() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Teliti", "INVITE");

        for (String body : new String[] {
            "{\"memberId\":{\"$ne\":\"\"}}", "{\"memberId\":\"a\",\"status\":\"ACTIVE\"}", "{\"memberId\":\"a b\"}"
        }) {
            http.post()
                    .uri(invitations(community))
                    .header("Authorization", CommunityFixtures.member(community.lead()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange()
                    .expectStatus()
                    .isBadRequest();
        }
        assertThat(mongo.getCollection("memberships").countDocuments(new Document("communityId", community.id())))
                .isEqualTo(3);
    }

    private List<String> history(CommunityFixtures.Community community, String memberId) {
        List<String> changes = new ArrayList<>();
        fixtures.json(memberId, membership(community.id(), memberId) + "/history")
                .get("items")
                .forEach(item -> changes.add(
                        item.get("event").asString() + " " + item.get("status").asString()));
        return changes;
    }

    private ConsumerRecord<String, byte[]> awaitEvent(
            CommunityFixtures.Community community, String memberId, String type) {
        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.MEMBERSHIP)) {
            ConsumerRecord<String, byte[]> event = topic.await(
                    type,
                    r -> (community.id() + ":" + memberId).equals(r.key())
                            && type.equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(event);
            return event;
        }
    }

    private RestTestClient.ResponseSpec delete(String memberId, String uri) {
        return http.delete()
                .uri(uri)
                .header("Authorization", CommunityFixtures.member(memberId))
                .exchange();
    }

    private Document stored(CommunityFixtures.Community community, String memberId) {
        return mongo.getCollection("memberships")
                .find(new Document("_id", community.id() + ":" + memberId))
                .first();
    }

    private static String memberships(CommunityFixtures.Community community) {
        return "/api/v1/communities/" + community.id() + "/memberships";
    }

    private static String invitations(CommunityFixtures.Community community) {
        return "/api/v1/communities/" + community.id() + "/invitations";
    }

    private static String problem(String type) {
        return "https://kombel.id/problems/" + type;
    }
}
