package id.kombel.membership;

import static id.kombel.membership.CommunityFixtures.invitation;
import static id.kombel.membership.CommunityFixtures.member;
import static id.kombel.membership.CommunityFixtures.membership;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static id.kombel.membership.CommunityFixtures.regionAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The rules of who may act where that the feature tests leave open: a region's admin only in their
 * region, a lead only in their own community, a member only on their own membership, stale versions
 * and replayed idempotency keys on memberships and communities. Every refusal leaves the data as it
 * was. (Forged, tampered and expired tokens: {@code ForgedTokenTest}; an email taken in another case:
 * {@code RegistrationApiTest}; region admins verifying, rejecting, archiving and listing proposals
 * elsewhere: {@code CommunityVerificationTest}, {@code CommunityApiTest}, {@code CommunityListTest};
 * region insights: {@code RegionInsightsTest}.)
 */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class AuthorizationMatrixTest {

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
    void aRegionAdminSeesAndDecidesNothingOfAnotherRegionsCommunity() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Seni", "APPROVAL");
        String teacher = newMemberId("teacher");
        fixtures.post(teacher, memberships(community), null).expectStatus().isCreated();
        String elsewhere = fixtures.newRegion();
        String otherAdmin = regionAdmin("admin-" + elsewhere, elsewhere);

        fixtures.send(otherAdmin, membership(community.id(), teacher) + "/approve", null)
                .expectStatus()
                .isForbidden();
        http.get()
                .uri(memberships(community) + "?status=REQUESTED")
                .header("Authorization", otherAdmin)
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get()
                .uri(membership(community.id(), teacher))
                .header("Authorization", otherAdmin)
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(status(community.id(), teacher)).isEqualTo("REQUESTED");
        http.get()
                .uri(memberships(community) + "?status=REQUESTED")
                .header("Authorization", regionAdmin("admin-" + community.regionId(), community.regionId()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].memberId")
                .isEqualTo(teacher);
    }

    @Test
    void aLeadRunsOnlyTheirOwnCommunity() {
        CommunityFixtures.Community own = fixtures.active("Kombel Guru Musik", "OPEN");
        CommunityFixtures.Community other = fixtures.active(own.regionId(), "Kombel Guru Tari", "APPROVAL");
        String requester = newMemberId("teacher");
        fixtures.post(requester, memberships(other), null).expectStatus().isCreated();
        String foreignLead = own.lead();

        fixtures.post(foreignLead, membership(other.id(), requester) + "/approve", null)
                .expectStatus()
                .isForbidden();
        fixtures.post(foreignLead, membership(other.id(), requester) + "/decline", null)
                .expectStatus()
                .isForbidden();
        fixtures.post(
                        foreignLead,
                        "/api/v1/communities/" + other.id() + "/invitations",
                        invitation(newMemberId("x"), "MEMBER"))
                .expectStatus()
                .isForbidden();
        http.delete()
                .uri(membership(other.id(), other.coLead1()))
                .header("Authorization", member(foreignLead))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.put()
                .uri(membership(other.id(), other.coLead1()) + "/role")
                .header("Authorization", member(foreignLead))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"role\":\"MEMBER\"}")
                .exchange()
                .expectStatus()
                .isForbidden();
        fixtures.post(foreignLead, "/api/v1/communities/" + other.id() + "/archive", null)
                .expectStatus()
                .isForbidden();

        assertThat(status(other.id(), requester)).isEqualTo("REQUESTED");
        JsonNode coLead = fixtures.json(other.coLead1(), membership(other.id(), other.coLead1()));
        assertThat(coLead.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(coLead.get("role").asString()).isEqualTo("CO_LEAD");
        assertThat(fixtures.json(other.lead(), "/api/v1/communities/" + other.id())
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(mongo.exists(
                        Query.query(Criteria.where("communityId")
                                .is(other.id())
                                .and("status")
                                .is("INVITED")),
                        "memberships"))
                .isFalse();
    }

    @Test
    void aMemberActsOnlyOnTheirOwnMembership() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Undangan", "INVITE");
        String invitee = newMemberId("invitee");
        String peer = newMemberId("peer");
        fixtures.post(
                        community.lead(),
                        "/api/v1/communities/" + community.id() + "/invitations",
                        invitation(invitee, "MEMBER"))
                .expectStatus()
                .isCreated();
        fixtures.post(
                        community.lead(),
                        "/api/v1/communities/" + community.id() + "/invitations",
                        invitation(peer, "MEMBER"))
                .expectStatus()
                .isCreated();
        fixtures.post(peer, membership(community.id(), peer) + "/accept", null)
                .expectStatus()
                .isOk();

        fixtures.post(peer, membership(community.id(), invitee) + "/accept", null)
                .expectStatus()
                .isForbidden();
        fixtures.post(peer, membership(community.id(), invitee) + "/decline", null)
                .expectStatus()
                .isForbidden();
        http.delete()
                .uri(membership(community.id(), community.coLead2()))
                .header("Authorization", member(peer))
                .exchange()
                .expectStatus()
                .isForbidden();
        fixtures.get(newMemberId("outsider"), membership(community.id(), peer))
                .expectStatus()
                .isForbidden();
        fixtures.get(newMemberId("outsider"), membership(community.id(), peer) + "/history")
                .expectStatus()
                .isForbidden();

        assertThat(status(community.id(), invitee)).isEqualTo("INVITED");
        assertThat(status(community.id(), community.coLead2())).isEqualTo("ACTIVE");
    }

    @Test
    void aStaleIfMatchChangesNoMembership() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Versi", "APPROVAL");
        String teacher = newMemberId("teacher");
        String etag = fixtures.post(teacher, memberships(community), null)
                .expectStatus()
                .isCreated()
                .returnResult()
                .getResponseHeaders()
                .getETag();

        for (String action : new String[] {"/approve", "/decline"}) {
            http.post()
                    .uri(membership(community.id(), teacher) + action)
                    .header("Authorization", member(community.lead()))
                    .header("If-Match", "\"999\"")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(412)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://kombel.id/problems/stale-version");
        }
        assertThat(status(community.id(), teacher)).isEqualTo("REQUESTED");

        http.post()
                .uri(membership(community.id(), teacher) + "/approve")
                .header("Authorization", member(community.lead()))
                .header("If-Match", etag)
                .exchange()
                .expectStatus()
                .isOk();
        http.put()
                .uri(membership(community.id(), teacher) + "/role")
                .header("Authorization", member(community.lead()))
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"role\":\"CO_LEAD\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(412);
        http.delete()
                .uri(membership(community.id(), teacher))
                .header("Authorization", member(teacher))
                .header("If-Match", etag)
                .exchange()
                .expectStatus()
                .isEqualTo(412);
        JsonNode after = fixtures.json(teacher, membership(community.id(), teacher));
        assertThat(after.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(after.get("role").asString()).isEqualTo("MEMBER");
    }

    @Test
    void aReplayedIdempotencyKeyAnswersAgainWithoutASecondCommunityOrMembership() {
        String region = fixtures.newRegion();
        String lead = newMemberId("lead");
        String body = CommunityFixtures.proposal(region, "Kombel Guru Sekali Saja", "ONLINE", "OPEN");

        var first = propose(lead, "propose-1", body).expectStatus().isCreated().returnResult(String.class);
        var replay = propose(lead, "propose-1", body).expectStatus().isCreated().returnResult(String.class);

        assertThat(replay.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(replay.getResponseHeaders().getLocation())
                .isEqualTo(first.getResponseHeaders().getLocation());
        propose(lead, "propose-1", body.replace("Sekali Saja", "Dua Kali"))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/idempotency-key-reused");
        String otherLead = newMemberId("lead");
        var someoneElses =
                propose(otherLead, "propose-1", body).expectStatus().isCreated().returnResult(String.class);
        assertThat(someoneElses.getResponseHeaders().getFirst("Idempotent-Replayed"))
                .isNull();
        assertThat(mongo.count(Query.query(Criteria.where("proposedBy").is(lead)), "communities"))
                .isEqualTo(1);

        CommunityFixtures.Community community = fixtures.active(region, "Kombel Guru Terbuka Sekali", "OPEN");
        String teacher = newMemberId("teacher");
        for (int attempt = 0; attempt < 2; attempt++) {
            http.post()
                    .uri(memberships(community))
                    .header("Authorization", member(teacher))
                    .header("Idempotency-Key", "join-1")
                    .exchange()
                    .expectStatus()
                    .isCreated()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("ACTIVE");
        }
        assertThat(fixtures.json(teacher, membership(community.id(), teacher))
                        .get("version")
                        .asLong())
                .isEqualTo(1);
    }

    private RestTestClient.ResponseSpec propose(String lead, String key, String body) {
        return http.post()
                .uri("/api/v1/communities")
                .header("Authorization", member(lead))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private String status(String communityId, String memberId) {
        return fixtures.json(memberId, membership(communityId, memberId))
                .get("status")
                .asString();
    }

    private static String memberships(CommunityFixtures.Community community) {
        return "/api/v1/communities/" + community.id() + "/memberships";
    }
}
