package id.kombel.membership.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.membership.CommunityFixtures;
import id.kombel.membership.Members;
import id.kombel.membership.MembershipTopics;
import id.kombel.membership.TestMember;
import id.kombel.membership.TrustTestIdentity;
import id.kombel.platform.events.TopicReplay;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A member's export and erasure end to end: membership-service answers for itself through the
 * platform, learning and discussion are simulated by answering on their topics (or not yet: a service
 * that is down), and afterwards nothing in this service's database names the erased member, not even
 * after the topics are replayed.
 */
@IntegrationTest
@AutoConfigureRestTestClient
@Import(TrustTestIdentity.class)
@TestPropertySource(
        properties = {
            // Every cached test context of this service reads the shared privacy topics and answers as
            // "membership" (in production one deployment does). This context answers under a name of
            // its own, on the same topic, so the answers it collects are its own.
            "kombel.privacy.service=" + PersonalDataApiTest.SERVICE,
            "kombel.privacy.topic=membership.privacy",
            "kombel.privacy.services=" + PersonalDataApiTest.SERVICE + ",learning,discussion"
        })
class PersonalDataApiTest {

    static final String SERVICE = "membership-under-test";

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TopicReplay replay;

    @Test
    void exportsEveryServicesPartOnceAllHaveAnsweredAndNotBefore() {
        Teacher teacher = teacherWithAMembershipAndAnInvitation();
        String location = http.post()
                .uri("/api/v1/members/me/exports")
                .header("Authorization", teacher.member().bearer())
                .exchange()
                .expectStatus()
                .isAccepted()
                .returnResult()
                .getResponseHeaders()
                .getLocation()
                .toString();
        String requestId = location.substring(location.lastIndexOf('/') + 1);

        await("membership-service answered for itself")
                .until(() -> status(teacher.member(), location)
                        .get("received")
                        .toString()
                        .contains("membership"));
        JsonNode preparing = status(teacher.member(), location);
        assertThat(preparing.get("status").asString()).isEqualTo("PREPARING");
        assertThat(preparing.get("pending").toString()).contains("learning", "discussion");
        http.get()
                .uri(location + "/archive")
                .header("Authorization", teacher.member().bearer())
                .exchange()
                .expectStatus()
                .isEqualTo(409);

        answerExport("learning.privacy", requestId, teacher.member().id(), "learning", "{\"registrations\":[\"a-1\"]}");
        answerExport("discussion.privacy", requestId, teacher.member().id(), "discussion", "{\"problems\":[]}");
        // the same answer again (a redelivery) changes nothing
        answerExport("discussion.privacy", requestId, teacher.member().id(), "discussion", "{\"problems\":[]}");

        await("every service answered")
                .until(() -> "READY"
                        .equals(status(teacher.member(), location).get("status").asString()));
        JsonNode archive = http.get()
                .uri(location + "/archive")
                .header("Authorization", teacher.member().bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(archive.get("services").properties()).hasSize(3);
        JsonNode membership = archive.get("services").get(SERVICE);
        assertThat(membership.get("profile").get("email").asString())
                .isEqualTo(teacher.member().email());
        assertThat(membership.get("profile").get("name").asString()).isEqualTo(teacher.name());
        assertThat(membership.get("memberships").get("memberships").toString()).contains(teacher.communityId());
        assertThat(membership.get("memberships").get("history")).isNotEmpty();
        assertThat(membership.get("inbox").get("notifications").toString()).contains("INVITED_TO_COMMUNITY");
        assertThat(membership.get("signIns")).isNotEmpty();
        assertThat(membership.get("engagement").has("facts")).isTrue();
        assertThat(archive.get("services").get("learning").get("registrations").toString())
                .contains("a-1");
        assertThat(archive.get("services").get("discussion").get("problems")).isEmpty();

        try (KafkaProbe privacy = KafkaProbe.on(MembershipTopics.PRIVACY)) {
            EventContract contract = EventContract.load();
            contract.assertConforms(privacy.await("the request", r -> requestId.equals(r.key())));
            contract.assertConforms(privacy.await("the answer", r -> (requestId + ":" + SERVICE).equals(r.key())));
        }
    }

    @Test
    void anotherMembersExportIsNotFoundAndAnExpiredOneIsGone() {
        Teacher teacher = teacherWithAMembershipAndAnInvitation();
        TestMember stranger = Members.registeredTeacher(http);
        String location = http.post()
                .uri("/api/v1/members/me/exports")
                .header("Authorization", teacher.member().bearer())
                .exchange()
                .expectStatus()
                .isAccepted()
                .returnResult()
                .getResponseHeaders()
                .getLocation()
                .toString();
        http.get()
                .uri(location)
                .header("Authorization", stranger.bearer())
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get()
                .uri(location + "/archive")
                .header("Authorization", stranger.bearer())
                .exchange()
                .expectStatus()
                .isNotFound();

        String requestId = location.substring(location.lastIndexOf('/') + 1);
        // this service's own answer updates the request; expiring it before would be overwritten
        await("membership-service answered for itself")
                .until(() -> status(teacher.member(), location)
                        .get("received")
                        .toString()
                        .contains(SERVICE));
        mongo.getCollection("privacy_exports")
                .updateOne(
                        new Document("_id", requestId),
                        new Document("$set", new Document("expiresAt", java.util.Date.from(java.time.Instant.now()))));
        assertThat(status(teacher.member(), location).get("status").asString()).isEqualTo("EXPIRED");
        http.get()
                .uri(location + "/archive")
                .header("Authorization", teacher.member().bearer())
                .exchange()
                .expectStatus()
                .isEqualTo(410);
        assertThat(mongo.getCollection(ExportPart.COLLECTION).countDocuments(new Document("requestId", requestId)))
                .isZero();
    }

    @Test
    void erasureNeedsThePasswordAndThenLeavesNoTraceOfTheMemberEvenAfterAReplay() {
        Teacher teacher = teacherWithAMembershipAndAnInvitation();
        TestMember member = teacher.member();
        http.post()
                .uri("/api/v1/members/me/erasure")
                .header("Authorization", member.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("password", "Bukan-Kata-Sandinya-2026"))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.post()
                .uri("/api/v1/members/me/erasure")
                .header("Authorization", member.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"password\":\"\\uD800\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/validation");
        assertThat(Members.signIn(http, member.email(), member.password()).id()).isEqualTo(member.id());
        assertThat(mongo.getCollection("privacy_erasures").countDocuments()).isZero();
        engagementOf(member);

        JsonNode accepted = http.post()
                .uri("/api/v1/members/me/erasure")
                .header("Authorization", member.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("password", member.password()))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        String requestId = accepted.get("id").asString();

        // sign-in, refresh and the access token stop at once
        http.post()
                .uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", member.email(), "password", member.password()))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.post()
                .uri("/api/v1/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refreshToken", member.refreshToken()))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.get()
                .uri("/api/v1/members/me")
                .header("Authorization", member.bearer())
                .exchange()
                .expectStatus()
                .isUnauthorized();

        // learning and discussion are "down": the erasure waits for them
        await("membership-service erased its part")
                .until(() -> erasure(requestId).get("confirmed").toString().contains(SERVICE));
        assertThat(erasure(requestId).get("status").asString()).isEqualTo("IN_PROGRESS");
        answerErasure("learning.privacy", requestId, member.id(), "learning");
        answerErasure("discussion.privacy", requestId, member.id(), "discussion");
        await("every service confirmed")
                .until(() -> "COMPLETED".equals(erasure(requestId).get("status").asString()));

        await("nothing in the database names the member")
                .untilAsserted(() -> assertThat(documentsNaming(teacher)).isEmpty());
        assertOthersIntact(teacher);

        replay.replay(MembershipTopics.MEMBER);
        replay.replay(MembershipTopics.MEMBERSHIP);
        await("the replay has run")
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(documentsNaming(teacher)).isEmpty());
        assertOthersIntact(teacher);
    }

    @Test
    void regionAdminsSeeThatAnErasureHappenedButNotWhoseOrWhat() {
        String regionId = new CommunityFixtures(http).newRegion();
        TestMember member = Members.registeredTeacher(http, regionId);
        http.post()
                .uri("/api/v1/members/me/erasure")
                .header("Authorization", member.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("password", member.password()))
                .exchange()
                .expectStatus()
                .isAccepted();

        String listing = http.get()
                .uri("/api/v1/admin/erasures?regionId=" + regionId)
                .header("Authorization", CommunityFixtures.regionAdmin("admin-" + regionId, regionId))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        JsonNode items = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(listing)
                .get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("regionId").asString()).isEqualTo(regionId);
        assertThat(items.get(0).has("requestedAt")).isTrue();
        assertThat(listing).doesNotContain(member.id()).doesNotContain(member.email());

        http.get()
                .uri("/api/v1/admin/erasures?regionId=" + regionId)
                .header("Authorization", CommunityFixtures.regionAdmin("admin-elsewhere", "kota-lain"))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get()
                .uri("/api/v1/admin/erasures")
                .header("Authorization", CommunityFixtures.regionAdmin("admin-" + regionId, regionId))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get()
                .uri("/api/v1/admin/erasures?regionId=" + regionId)
                .header("Authorization", CommunityFixtures.member("some-teacher"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    /** A teacher with a unique name, invited into and member of a community someone else leads. */
    private Teacher teacherWithAMembershipAndAnInvitation() {
        CommunityFixtures fixtures = new CommunityFixtures(http);
        CommunityFixtures.Community community = fixtures.active(
                "Komunitas Privasi " + UUID.randomUUID().toString().substring(0, 6), "OPEN");
        String name = "Guru Privasi " + UUID.randomUUID().toString().substring(0, 8);
        String email = Members.newEmail();
        Members.region(http, Members.HOME_REGION);
        http.post()
                .uri("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"email":"%s","password":"%s","name":"%s","regionId":"%s","school":"SMP Negeri 9",
                         "subjects":["IPA"],"levels":["SMP"],"educatorType":"PENDIDIK"}""".formatted(email, Members.PASSWORD, name, Members.HOME_REGION))
                .exchange()
                .expectStatus()
                .isCreated();
        TestMember member = Members.signIn(http, email, Members.PASSWORD);
        http.post()
                .uri("/api/v1/communities/" + community.id() + "/invitations")
                .header("Authorization", CommunityFixtures.member(community.lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(CommunityFixtures.invitation(member.id(), "MEMBER"))
                .exchange()
                .expectStatus()
                .isCreated();
        http.post()
                .uri(CommunityFixtures.membership(community.id(), member.id()) + "/accept")
                .header("Authorization", member.bearer())
                .exchange()
                .expectStatus()
                .isOk();
        await("the invitation reached the inbox and the history")
                .until(() ->
                        mongo.getCollection("notifications").countDocuments(new Document("recipientId", member.id()))
                                        > 0
                                && mongo.getCollection("membership_history")
                                                .countDocuments(new Document("memberId", member.id()))
                                        >= 2);
        return new Teacher(member, name, community.id(), community.lead());
    }

    /** Engagement facts from learning's events, and the member's choice to share their profile. */
    private void engagementOf(TestMember member) {
        try (KafkaProbe registrations = KafkaProbe.on("learning.registration")) {
            registrations.send(registrations.event(
                    "LearningHoursCredited", UUID.randomUUID().toString(), "a-privacy:" + member.id(), 1, """
                    {"creditId":"a-privacy:%s","activityId":"a-privacy","communityId":"c-1","regionId":"kota-bandung",
                     "memberId":"%s","jp":2,"minutes":90,"competencies":["PEDAGOGIK"],"creditedAt":"2026-11-20T03:00:00Z"}""".formatted(
                                    member.id(), member.id())));
        }
        http.put()
                .uri("/api/v1/engagement/me/sharing")
                .header("Authorization", member.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("shared", true))
                .exchange()
                .expectStatus()
                .isOk();
        await("the credit reached the engagement facts")
                .until(() ->
                        mongo.getCollection("engagement_facts").countDocuments(new Document("memberId", member.id()))
                                > 0);
    }

    private record Teacher(TestMember member, String name, String communityId, String lead) {}

    /** Every document of every collection, as JSON, that holds the member's id, email or name. */
    private List<String> documentsNaming(Teacher teacher) {
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                String json = document.toJson();
                if (json.contains(teacher.member().id())
                        || json.contains(teacher.member().email())
                        || json.contains(teacher.name())) {
                    found.add(collection + ": " + json);
                }
            }
        }
        return found;
    }

    private void assertOthersIntact(Teacher teacher) {
        assertThat(mongo.getCollection("communities").countDocuments(new Document("_id", teacher.communityId())))
                .isEqualTo(1);
        assertThat(mongo.getCollection("memberships")
                        .countDocuments(new Document("_id", teacher.communityId() + ":" + teacher.lead())))
                .isEqualTo(1);
        assertThat(mongo.getCollection("membership_history").countDocuments(new Document("memberId", teacher.lead())))
                .isPositive();
    }

    private JsonNode status(TestMember member, String location) {
        return http.get()
                .uri(location)
                .header("Authorization", member.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private JsonNode erasure(String requestId) {
        return http.get()
                .uri("/api/v1/members/erasures/" + requestId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static void answerExport(String topic, String requestId, String memberId, String service, String data) {
        try (KafkaProbe probe = KafkaProbe.on(topic)) {
            probe.send(probe.event(
                    "PersonalDataExported", UUID.randomUUID().toString(), requestId + ":" + service, 1, """
                    {"requestId":"%s","memberId":"%s","service":"%s","data":%s}""".formatted(
                                    requestId, memberId, service, data)));
        }
    }

    private static void answerErasure(String topic, String requestId, String memberId, String service) {
        try (KafkaProbe probe = KafkaProbe.on(topic)) {
            probe.send(probe.event(
                    "MemberDataErased", UUID.randomUUID().toString(), requestId + ":" + service, 1, """
                    {"requestId":"%s","memberId":"%s","service":"%s","erasedAt":"2026-11-28T05:00:03Z"}""".formatted(
                                    requestId, memberId, service)));
        }
    }
}
