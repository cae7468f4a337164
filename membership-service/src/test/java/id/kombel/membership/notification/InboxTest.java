package id.kombel.membership.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.kombel.membership.Members;
import id.kombel.membership.MembershipTopics;
import id.kombel.membership.TestMember;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The inbox: delivery once per cause, preferences, quiet hours, daily digest, and privacy. */
@IntegrationTest
@AutoConfigureRestTestClient
@TestPropertySource(properties = "kombel.notifications.digest-check=PT1H")
class InboxTest {

    @Autowired
    RestTestClient http;

    @Autowired
    Inbox inbox;

    @Autowired
    DailyDigest digest;

    @Autowired
    MongoTemplate mongo;

    private final Map<String, TestMember> members = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void listsNotificationsNewestFirstAndTracksWhatWasRead() {
        String teacher = newMember();
        inbox.deliver(
                "event-1-" + teacher,
                teacher,
                NotificationType.MEMBERSHIP_ACCEPTED,
                Map.of("communityName", "MGMP IPA"));
        inbox.deliver(
                "event-2-" + teacher, teacher, NotificationType.NEW_SOLUTION, Map.of("problemTitle", "Siswa pasif"));

        Map<?, ?> page = list(teacher, "");
        List<?> items = (List<?>) page.get("items");
        assertThat(items).hasSize(2);
        assertThat(((Map<?, ?>) items.get(0)).get("type")).isEqualTo("NEW_SOLUTION");
        assertThat(unread(teacher)).isEqualTo(2);

        String first = (String) ((Map<?, ?>) items.get(0)).get("id");
        http.post()
                .uri("/api/v1/notifications/" + first + "/read")
                .header("Authorization", bearer(teacher))
                .exchange()
                .expectStatus()
                .isNoContent();
        assertThat(unread(teacher)).isEqualTo(1);
        assertThat((List<?>) list(teacher, "?unreadOnly=true").get("items")).hasSize(1);

        http.post()
                .uri("/api/v1/notifications/read-all")
                .header("Authorization", bearer(teacher))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.marked")
                .isEqualTo(1);
        assertThat(unread(teacher)).isZero();
    }

    @Test
    void anInvitationAndAVerifiedCommunityReachTheMembersInboxOnce() {
        String teacher = newMember();
        String communityId = UUID.randomUUID().toString();
        try (KafkaProbe memberships = KafkaProbe.on(MembershipTopics.MEMBERSHIP);
                KafkaProbe communities = KafkaProbe.on(MembershipTopics.COMMUNITY)) {
            String invitation = "invite-" + teacher; // the same event delivered twice below
            memberships.send(
                    memberships.event("MemberInvited", invitation, communityId + ":" + teacher, 1, """
                    {"membershipId":"%s:%s","communityId":"%s","memberId":"%s","role":"CO_LEAD",
                     "status":"INVITED","by":"lead-1"}""".formatted(
                                    communityId, teacher, communityId, teacher)));
            memberships.send(
                    memberships.event("MemberInvited", invitation, communityId + ":" + teacher, 1, """
                    {"membershipId":"%s:%s","communityId":"%s","memberId":"%s","role":"CO_LEAD",
                     "status":"INVITED","by":"lead-1"}""".formatted(
                                    communityId, teacher, communityId, teacher)));
            communities.send(
                    communities.event("CommunityVerified", "verified-" + communityId, communityId, 5, """
                    {"communityId":"%s","regionId":"kota-bandung","name":"MGMP IPA","type":"SCHOOL",
                     "status":"ACTIVE","joinPolicy":"OPEN","leadId":"%s","coLeadIds":[]}""".formatted(
                                    communityId, teacher)));
        }

        await("both notifications delivered").until(() -> unread(teacher) == 2);
        List<Object> types = ((List<?>) list(teacher, "").get("items"))
                .stream()
                        .map(item -> ((Map<?, ?>) item).get("type"))
                        .map(Object.class::cast)
                        .toList();
        assertThat(types).containsExactlyInAnyOrder("INVITED_TO_COMMUNITY", "COMMUNITY_VERIFIED");
    }

    @Test
    void aRedeliveredEventNotifiesOnce() {
        String teacher = newMember();
        assertThat(inbox.deliver("same-cause", teacher, NotificationType.COMMUNITY_VERIFIED, Map.of()))
                .isTrue();
        assertThat(inbox.deliver("same-cause", teacher, NotificationType.COMMUNITY_VERIFIED, Map.of()))
                .isFalse();

        assertThat(unread(teacher)).isEqualTo(1);
    }

    @Test
    void nobodyReadsOrMarksAnotherMembersNotifications() {
        String owner = newMember();
        String other = newMember();
        inbox.deliver("private-" + owner, owner, NotificationType.INVITED_TO_COMMUNITY, Map.of());
        String id = Inbox.idFor("private-" + owner, owner);

        assertThat((List<?>) list(other, "").get("items")).isEmpty();
        http.post()
                .uri("/api/v1/notifications/" + id + "/read")
                .header("Authorization", bearer(other))
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(unread(owner)).isEqualTo(1);
    }

    @Test
    void aSwitchedOffTypeIsNotStored() {
        String teacher = newMember();
        putPreferences(teacher, null, "{\"disabled\":[\"APPRECIATION_RECEIVED\"],\"digest\":\"OFF\"}")
                .expectStatus()
                .isOk();

        assertThat(inbox.deliver("thanks-" + teacher, teacher, NotificationType.APPRECIATION_RECEIVED, Map.of()))
                .isFalse();
        assertThat(inbox.deliver("solution-" + teacher, teacher, NotificationType.NEW_SOLUTION, Map.of()))
                .isTrue();
        assertThat(unread(teacher)).isEqualTo(1);
    }

    @Test
    void notificationsArrivingInQuietHoursWaitUntilTheyEnd() {
        String teacher = newMember();
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Jakarta"));
        putPreferences(teacher, null, """
                {"disabled":[],"quietFrom":"%s","quietUntil":"%s","digest":"OFF"}""".formatted(
                                now.minusHours(1).withNano(0), now.plusHours(1).withNano(0)))
                .expectStatus()
                .isOk();

        inbox.deliver("late-" + teacher, teacher, NotificationType.ACTIVITY_TOMORROW, Map.of());

        assertThat((List<?>) list(teacher, "").get("items")).isEmpty();
        var held = mongo.getCollection(Notification.COLLECTION)
                .find(Filters.eq("recipientId", teacher))
                .first();
        assertThat(held.getDate("deliverAt")).isAfter(held.getDate("createdAt"));
    }

    @Test
    void digestMembersGetOneSummaryInsteadOfEachNotificationEvenWithConcurrentSenders() {
        String teacher = newMember();
        putPreferences(teacher, null, "{\"disabled\":[],\"digest\":\"DAILY\",\"digestAt\":\"18:00\"}")
                .expectStatus()
                .isOk();
        inbox.deliver("a-" + teacher, teacher, NotificationType.NEW_SOLUTION, Map.of());
        inbox.deliver("b-" + teacher, teacher, NotificationType.NEW_SOLUTION, Map.of());
        inbox.deliver("c-" + teacher, teacher, NotificationType.APPRECIATION_RECEIVED, Map.of());
        assertThat((List<?>) list(teacher, "").get("items")).isEmpty();

        mongo.getCollection("notification_preferences")
                .updateOne(Filters.eq("_id", teacher), Updates.set("nextDigestAt", new Date()));
        CompletableFuture.allOf(
                        CompletableFuture.runAsync(digest::sendDue), CompletableFuture.runAsync(digest::sendDue))
                .join();

        await("digest listed").until(() -> !((List<?>) list(teacher, "").get("items")).isEmpty());
        List<?> items = (List<?>) list(teacher, "").get("items");
        assertThat(items).hasSize(1);
        Map<?, ?> summary = (Map<?, ?>) items.get(0);
        assertThat(summary.get("type")).isEqualTo("DIGEST");
        @SuppressWarnings("unchecked")
        Map<String, String> params = (Map<String, String>) summary.get("params");
        assertThat(params).containsEntry("NEW_SOLUTION", "2").containsEntry("APPRECIATION_RECEIVED", "1");
    }

    @Test
    void preferencesRefuseAStaleVersionAndHalfQuietHours() {
        String teacher = newMember();
        putPreferences(teacher, null, "{\"disabled\":[],\"digest\":\"OFF\"}")
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"1\"");

        putPreferences(teacher, "\"0\"", "{\"disabled\":[\"NEW_SOLUTION\"],\"digest\":\"OFF\"}")
                .expectStatus()
                .isEqualTo(412);
        putPreferences(teacher, "\"1\"", "{\"disabled\":[],\"quietFrom\":\"22:00\",\"digest\":\"OFF\"}")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/quiet-hours-incomplete");
        putPreferences(teacher, "\"1\"", "{\"disabled\":[\"NOT_A_TYPE\"],\"digest\":\"OFF\"}")
                .expectStatus()
                .isBadRequest();

        http.get()
                .uri("/api/v1/notifications/preferences")
                .header("Authorization", bearer(teacher))
                .exchange()
                .expectBody()
                .jsonPath("$.disabled.length()")
                .isEqualTo(0);
    }

    private RestTestClient.ResponseSpec putPreferences(String member, String ifMatch, String body) {
        var request = http.put().uri("/api/v1/notifications/preferences").header("Authorization", bearer(member));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private Map<?, ?> list(String member, String query) {
        return http.get()
                .uri("/api/v1/notifications" + query)
                .header("Authorization", bearer(member))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private long unread(String member) {
        Map<?, ?> count = http.get()
                .uri("/api/v1/notifications/unread-count")
                .header("Authorization", bearer(member))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return ((Number) count.get("unread")).longValue();
    }

    private String bearer(String member) {
        return members.get(member).bearer();
    }

    /** A teacher registered and signed in through the API; returns their member id. */
    private String newMember() {
        TestMember teacher = Members.registeredTeacher(http);
        members.put(teacher.id(), teacher);
        return teacher.id();
    }

    @Test
    void aNewMembersInboxTakesTheTimeZoneOfTheirRegion() {
        TestMember admin = Members.platformAdmin(http);
        String region = "kota-jayapura-" + UUID.randomUUID().toString().substring(0, 6);
        http.post()
                .uri("/api/v1/regions")
                .header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"code\":\"" + region
                        + "\",\"name\":\"Kota Jayapura\",\"province\":\"Papua\",\"timeZone\":\"WIT\"}")
                .exchange()
                .expectStatus()
                .isCreated();
        TestMember teacher = Members.registeredTeacher(http, region);
        members.put(teacher.id(), teacher);

        await("zone taken from the region")
                .untilAsserted(() -> http.get()
                        .uri("/api/v1/notifications/preferences")
                        .header("Authorization", teacher.bearer())
                        .exchange()
                        .expectBody()
                        .jsonPath("$.zone")
                        .isEqualTo("Asia/Jayapura"));
    }
}
