package id.kombel.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.membership.replica.MembershipTopics;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.KafkaProbe;
import id.kombel.test.TestIdentity;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Communities, members and activities for learning-service tests. Regions, communities and memberships
 * are what membership-service's events would leave in this service's replicas, written with the same
 * {@link ReplicaWriter} the replica's listeners use (the event path itself is tested in
 * membership-replica and by {@code ActivityListTest}).
 */
public final class LearningFixtures {

    public static final String PROBLEM = "https://kombel.id/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static KafkaProbe memberTopic;

    private final RestTestClient http;
    private final ReplicaWriter replicas;
    private final TestClock clock;

    public LearningFixtures(RestTestClient http, ReplicaWriter replicas, TestClock clock) {
        this.http = http;
        this.replicas = replicas;
        this.clock = clock;
    }

    /** A community's id, region, zone and leaders. */
    public record Community(String id, String regionId, ZoneId zone, String lead, String coLead) {}

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A verified community in a WIB region (Asia/Jakarta), with its lead and a co-lead. */
    public Community activeCommunityInSleman() {
        return activeCommunity(newId("kab-sleman"), "WIB", ZoneId.of("Asia/Jakarta"));
    }

    /** A verified community in a WITA region (Asia/Makassar, UTC+8). */
    public Community activeCommunityInMakassar() {
        return activeCommunity(newId("kota-makassar"), "WITA", ZoneId.of("Asia/Makassar"));
    }

    public Community activeCommunityIn(String regionId) {
        return activeCommunity(regionId, "WIB", ZoneId.of("Asia/Jakarta"));
    }

    private Community activeCommunity(String regionId, String timeZone, ZoneId zone) {
        replicas.upsert(
                "region_replicas",
                regionId,
                1,
                new Document("name", "Wilayah " + regionId)
                        .append("province", "Provinsi")
                        .append("timeZone", timeZone));
        String id = UUID.randomUUID().toString();
        String lead = newId("lead");
        String coLead = newId("colead");
        replicas.upsert(
                "community_replicas",
                id,
                1,
                new Document("regionId", regionId)
                        .append("name", "Kombel " + id.substring(0, 6))
                        .append("type", "SCHOOL")
                        .append("status", "ACTIVE")
                        .append("joinPolicy", "OPEN")
                        .append("leadId", lead)
                        .append("coLeadIds", List.of(coLead)));
        joined(id, lead, "LEAD");
        joined(id, coLead, "CO_LEAD");
        return new Community(id, regionId, zone, lead, coLead);
    }

    /** A new active member of the community. */
    public String memberOf(Community community) {
        String member = newId("teacher");
        joined(community.id(), member, "MEMBER");
        return member;
    }

    private void joined(String communityId, String memberId, String role) {
        replicas.upsert(
                "membership_replicas",
                communityId + ":" + memberId,
                1,
                new Document("communityId", communityId)
                        .append("memberId", memberId)
                        .append("role", role)
                        .append("status", "ACTIVE"));
    }

    /** The local date-time {@code days} from now at {@code hour}:00 in the zone. */
    public LocalDateTime daysAhead(ZoneId zone, int days, int hour) {
        return LocalDateTime.ofInstant(clock.instant(), zone)
                .plusDays(days)
                .withHour(hour)
                .truncatedTo(ChronoUnit.HOURS);
    }

    /** A two-hour in-person workshop (2 JP, two competencies) the day after tomorrow at 09:00 local. */
    public String workshop(Community community, int capacity, boolean open) {
        LocalDateTime start = daysAhead(community.zone(), 2, 9);
        return activityJson(
                "WORKSHOP", start, start.plusHours(2), "IN_PERSON", "SDN 1 Sleman", null, capacity, 2, open);
    }

    /** A one-hour online webinar with the given link. */
    public String webinar(Community community, String link) {
        LocalDateTime start = daysAhead(community.zone(), 3, 14);
        return activityJson("WEBINAR", start, start.plusHours(1), "ONLINE", null, link, 100, 1, true);
    }

    public static String activityJson(
            String kind,
            LocalDateTime start,
            LocalDateTime end,
            String mode,
            String venue,
            String link,
            int capacity,
            int jp,
            boolean open) {
        Document body = new Document("kind", kind)
                .append("title", "Lokakarya Asesmen Diagnostik")
                .append("description", "Merancang asesmen diagnostik kelas 4.")
                .append("startsAt", start.toString())
                .append("endsAt", end.toString())
                .append("mode", mode)
                .append("venue", venue)
                .append("onlineUrl", link)
                .append("capacity", capacity)
                .append("learningHoursJp", jp)
                .append("competencies", List.of("Asesmen", "Pembelajaran berdiferensiasi"))
                .append("openToOtherCommunities", open);
        return body.toJson();
    }

    /** Creates a draft as the lead and returns its id. */
    public String draft(Community community, String json) {
        JsonNode created = http.post()
                .uri("/api/v1/communities/" + community.id() + "/activities")
                .header("Authorization", bearer(community.lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(created).isNotNull();
        return created.get("id").asString();
    }

    /** Creates and publishes an activity; returns its id. */
    public String published(Community community, String json) {
        String id = draft(community, json);
        post(community.lead(), "/api/v1/activities/" + id + "/publish", null)
                .expectStatus()
                .isOk();
        return id;
    }

    public RestTestClient.ResponseSpec post(String memberId, String uri, String json) {
        RestTestClient.RequestBodySpec request = http.post().uri(uri).header("Authorization", bearer(memberId));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.exchange();
    }

    public RestTestClient.ResponseSpec get(String memberId, String uri) {
        return http.get().uri(uri).header("Authorization", bearer(memberId)).exchange();
    }

    public JsonNode json(String memberId, String uri) {
        return get(memberId, uri)
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    public JsonNode register(String memberId, String activityId) {
        return post(memberId, "/api/v1/activities/" + activityId + "/registrations", null)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    /** Moves the service's clock to a few minutes after the activity's start. */
    public void startOf(String activityId, String anyMember) {
        Instant start = Instant.parse(json(anyMember, "/api/v1/activities/" + activityId)
                .get("startsAt")
                .asString());
        clock.advanceTo(start.plusSeconds(300));
    }

    /** Marks the member's attendance as the community's lead. */
    public void mark(Community community, String activityId, String memberId) {
        http.put()
                .uri("/api/v1/activities/" + activityId + "/attendance/" + memberId)
                .header("Authorization", bearer(community.lead()))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** An activity the member registered for, attended (marked by the lead) and that was completed; its id. */
    public String attended(Community community, String memberId) {
        String activity = published(community, workshop(community, 10, false));
        register(memberId, activity);
        startOf(activity, memberId);
        mark(community, activity, memberId);
        post(community.lead(), "/api/v1/activities/" + activity + "/complete", null)
                .expectStatus()
                .isOk();
        return activity;
    }

    /** The member's certificate code for the activity, once the completion credited them (an event). */
    public String certificateOf(String memberId, String activityId) {
        return org.awaitility.Awaitility.await("certificate of " + memberId)
                .until(
                        () -> {
                            for (JsonNode item : json(memberId, "/api/v1/learning-records/me/activities")
                                    .get("items")) {
                                if (activityId.equals(item.get("activityId").asString())) {
                                    return item.get("certificateCode").asString();
                                }
                            }
                            return null;
                        },
                        java.util.Objects::nonNull);
    }

    /**
     * membership-service's {@code MemberRegistered} (version 1) or {@code MemberProfileUpdated} (a later
     * version) for the member, as it publishes them on {@code membership.member}.
     */
    public static void memberEvent(String type, String memberId, long version, String name) {
        memberEventJson(
                type,
                memberId,
                version,
                new Document("memberId", memberId)
                        .append("regionId", "kab-sleman")
                        .append("name", name)
                        .append("educatorType", "PENDIDIK")
                        .append("levels", List.of("SD"))
                        .append("subjects", List.of("Matematika"))
                        .toJson());
    }

    /** Sends a record on {@code membership.member} with the given body as is (a catalog example). */
    public static void memberEventJson(String type, String memberId, long version, String json) {
        synchronized (LearningFixtures.class) {
            if (memberTopic == null) {
                memberTopic = KafkaProbe.onCreating(MembershipTopics.MEMBER, 3);
            }
            memberTopic.send(memberTopic.event(type, UUID.randomUUID().toString(), memberId, version, json));
        }
    }

    public static String bearer(String memberId) {
        return "Bearer " + TestIdentity.shared().member(memberId);
    }

    public static String problem(String type) {
        return PROBLEM + type;
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
