package id.kombel.membership.community;

import static id.kombel.membership.CommunityFixtures.member;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

/** Proposing, reading, updating and archiving communities, and who may see them. */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class CommunityApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    CommunityFixtures fixtures;
    String region;

    @BeforeEach
    void setUp() {
        fixtures = new CommunityFixtures(http);
        region = fixtures.newRegion();
    }

    @Test
    void proposingACommunityMakesTheProposerItsLeadAndPublishesCommunityProposed() {
        String lead = newMemberId("teacher");
        JsonNode created = http.post()
                .uri("/api/v1/communities")
                .header("Authorization", member(lead))
                .contentType(MediaType.APPLICATION_JSON)
                .body(proposal(region, "MGMP Matematika SMP Jayapura", "CROSS_SCHOOL", "APPROVAL"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        String id = created.get("id").asString();

        assertThat(created.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(created.get("leadId").asString()).isEqualTo(lead);
        assertThat(created.get("coLeadIds")).isEmpty();
        assertThat(created.get("levels").get(0).asString()).isEqualTo("SMP");
        assertThat(created.get("meeting").get("zoneId").asString()).isEqualTo("Asia/Jayapura");
        assertThat(created.get("meeting").has("nextAt"))
                .as("no meetings before verification")
                .isFalse();
        fixtures.awaitMembership(id, lead, "LEAD");

        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.COMMUNITY)) {
            ConsumerRecord<String, byte[]> event = topic.await("CommunityProposed", r -> id.equals(r.key()));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("CommunityProposed");
            assertThat(KafkaProbe.body(event))
                    .isEqualTo("{\"communityId\":\"" + id + "\",\"regionId\":\"" + region + "\","
                            + "\"name\":\"MGMP Matematika SMP Jayapura\",\"type\":\"CROSS_SCHOOL\","
                            + "\"status\":\"PROPOSED\",\"joinPolicy\":\"APPROVAL\",\"leadId\":\"" + lead
                            + "\",\"coLeadIds\":[]}");
        }
        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.MEMBERSHIP)) {
            ConsumerRecord<String, byte[]> joined =
                    topic.await("lead's MemberJoined", r -> (id + ":" + lead).equals(r.key()));
            EventContract.load().assertConforms(joined);
            assertThat(KafkaProbe.body(joined)).contains("\"role\":\"LEAD\"", "\"status\":\"ACTIVE\"");
        }
    }

    @Test
    void refusesAProposalInAnUnknownRegionAndStoresNothing() {
        long before = mongo.getCollection("communities").countDocuments();

        http.post()
                .uri("/api/v1/communities")
                .header("Authorization", member("teacher-1"))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .body(proposal("no-such-region", "Kombel SD Sleman", "SCHOOL", "OPEN"))
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/unknown-region")
                .jsonPath("$.detail")
                .isEqualTo("Region no-such-region is not registered.");

        assertThat(mongo.getCollection("communities").countDocuments()).isEqualTo(before);
    }

    @Test
    void rejectsAnInvalidProposalAndStoresNothing() {
        long before = mongo.getCollection("communities").countDocuments();

        http.post()
                .uri("/api/v1/communities")
                .header("Authorization", member("teacher-1"))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"regionId":"kota bandung!","type":"SCHOOL","name":"ab","levels":[],"joinPolicy":"OPEN",
                         "meeting":{"frequency":"WEEKLY","dayOfWeek":"MONDAY","time":"25:00"}}""")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/validation")
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat(fields.toString()).contains("regionId", "name", "levels", "meeting.time"));
        for (String body : new String[] {
            proposal(region, "Komunitas", "SECRET_SOCIETY", "OPEN"),
            proposal(region, "Komunitas", "SCHOOL", "OPEN", "\"Matematika\"", "\"UNIVERSITAS\""),
            proposal(region, "Komunitas", "SCHOOL", "OPEN").replace("\"name\"", "\"$where\":\"1\",\"name\"")
        }) {
            http.post()
                    .uri("/api/v1/communities")
                    .header("Authorization", member("teacher-1"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://kombel.id/problems/malformed-request");
        }

        assertThat(mongo.getCollection("communities").countDocuments()).isEqualTo(before);
    }

    @Test
    void aProposedCommunityIsVisibleOnlyToItsLeadsAndItsRegionsAdmins() {
        CommunityFixtures.Community community = fixtures.proposedWithCoLeads(region, "Kombel SMP Abepura", "OPEN");
        String uri = "/api/v1/communities/" + community.id();

        for (String visitor :
                new String[] {member(community.lead()), member(community.coLead1()), regionAdmin("admin-1", region)}) {
            http.get()
                    .uri(uri)
                    .header("Authorization", visitor)
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        for (String stranger : new String[] {member("teacher-elsewhere"), regionAdmin("admin-2", "kab-sleman")}) {
            http.get()
                    .uri(uri)
                    .header("Authorization", stranger)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://kombel.id/problems/not-found");
        }
    }

    @Test
    void anActiveCommunityIsVisibleToEveryMemberWithItsNextMeetingInTheRegionsZone() {
        CommunityFixtures.Community community = fixtures.active(region, "Kombel Guru Jayapura", "OPEN");

        JsonNode found = fixtures.json("teacher-anyone", "/api/v1/communities/" + community.id());

        assertThat(found.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(found.get("coLeadIds").valueStream().map(JsonNode::asString))
                .containsExactly(community.coLead1(), community.coLead2());
        ZonedDateTime next =
                Instant.parse(found.get("meeting").get("nextAt").asString()).atZone(ZoneId.of("Asia/Jayapura"));
        assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(15, 30));
        assertThat(next.toInstant())
                .isAfter(Instant.now())
                .isBefore(Instant.now().plusSeconds(8 * 24 * 3600));
    }

    @Test
    void leadsUpdateACommunityGivenItsCurrentVersion() {
        CommunityFixtures.Community community = fixtures.active(region, "Kombel Guru Biologi", "OPEN");
        String uri = "/api/v1/communities/" + community.id();
        JsonNode before = fixtures.json(community.lead(), uri);
        String etag = "\"" + before.get("version").asLong() + "\"";

        JsonNode updated = http.put()
                .uri(uri)
                .header("Authorization", member(community.coLead1()))
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .body(update("Kombel Guru Biologi & IPA", "APPROVAL"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"" + (before.get("version").asLong() + 1) + "\"")
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(updated.get("name").asString()).isEqualTo("Kombel Guru Biologi & IPA");
        assertThat(updated.get("joinPolicy").asString()).isEqualTo("APPROVAL");
        assertThat(updated.get("meeting").get("frequency").asString()).isEqualTo("MONTHLY");
        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.COMMUNITY)) {
            ConsumerRecord<String, byte[]> event = topic.await(
                    "CommunityUpdated",
                    r -> community.id().equals(r.key()) && "CommunityUpdated".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.body(event))
                    .contains("\"name\":\"Kombel Guru Biologi & IPA\"", "\"joinPolicy\":\"APPROVAL\"");
        }
    }

    @Test
    void refusesAnUpdateByANonLeadOrOnAStaleVersionAndChangesNothing() {
        CommunityFixtures.Community community = fixtures.active(region, "Kombel Guru Fisika", "OPEN");
        String uri = "/api/v1/communities/" + community.id();
        String member = newMemberId("teacher");
        fixtures.join(community.id(), member);
        JsonNode before = fixtures.json(community.lead(), uri);

        http.put()
                .uri(uri)
                .header("Authorization", member(member))
                .contentType(MediaType.APPLICATION_JSON)
                .body(update("Diambil alih", "OPEN"))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.put()
                .uri(uri)
                .header("Authorization", regionAdmin("admin-1", region))
                .contentType(MediaType.APPLICATION_JSON)
                .body(update("Diambil alih", "OPEN"))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.put()
                .uri(uri)
                .header("Authorization", member(community.lead()))
                .header("If-Match", "\"" + (before.get("version").asLong() - 1) + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(update("Versi lama", "OPEN"))
                .exchange()
                .expectStatus()
                .isEqualTo(412)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/stale-version");

        assertThat(fixtures.json(community.lead(), uri)).isEqualTo(before);
    }

    @Test
    void theLeadOrTheRegionsAdminArchivesACommunityOnceAndNoOneElse() {
        CommunityFixtures.Community byLead = fixtures.active(region, "Kombel Guru Kimia", "OPEN");
        CommunityFixtures.Community byAdmin = fixtures.active(region, "Kombel Guru Geografi", "OPEN");
        String member = newMemberId("teacher");
        fixtures.join(byAdmin.id(), member);

        for (String notAllowed : new String[] {member(member), member(byAdmin.coLead1()), regionAdmin("a", "x")}) {
            fixtures.send(notAllowed, "/api/v1/communities/" + byAdmin.id() + "/archive", null)
                    .expectStatus()
                    .isForbidden();
        }
        assertThat(fixtures.json(member, "/api/v1/communities/" + byAdmin.id())
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");

        fixtures.post(byLead.lead(), "/api/v1/communities/" + byLead.id() + "/archive", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ARCHIVED");
        fixtures.send(regionAdmin("admin-1", region), "/api/v1/communities/" + byAdmin.id() + "/archive", null)
                .expectStatus()
                .isOk();
        fixtures.post(byLead.lead(), "/api/v1/communities/" + byLead.id() + "/archive", null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/community-ended");

        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.COMMUNITY)) {
            ConsumerRecord<String, byte[]> event = topic.await(
                    "CommunityArchived",
                    r -> byLead.id().equals(r.key()) && "CommunityArchived".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(event);
            assertThat(topic.recordsOf(byLead.id()).stream()
                            .filter(r -> "CommunityArchived".equals(KafkaProbe.header(r, "ce_type"))))
                    .hasSize(1);
        }
    }

    @Test
    void storesNormalizedSearchKeysAndNeverAMemberList() {
        CommunityFixtures.Community community = fixtures.active(region, "Guru Matématika Kreatif", "OPEN");
        fixtures.join(community.id(), newMemberId("teacher"));

        Document stored = mongo.getCollection("communities")
                .find(new Document("_id", community.id()))
                .first();

        assertThat(stored.getString("nameKey")).isEqualTo("guru matematika kreatif");
        assertThat(stored.getList("searchKeys", String.class))
                .contains("type:CROSS_SCHOOL", "level:SMP", "subject:matematika", "name:mat", "name:kreatif");
        assertThat(stored.keySet()).doesNotContain("members", "memberIds");
    }

    @Test
    void anUnknownCommunityIsNotFound() {
        fixtures.get("teacher-1", "/api/v1/communities/no-such-community")
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/not-found");
    }

    private static String update(String name, String joinPolicy) {
        return """
                {"name":"%s","description":"Diperbarui","subjects":["Biologi","IPA"],"levels":["SMP","SMA"],
                 "joinPolicy":"%s","meeting":{"frequency":"MONTHLY","dayOfWeek":"FRIDAY","time":"14:00"}}""".formatted(name, joinPolicy);
    }
}
