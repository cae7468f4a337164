package id.kombel.learning.activity;

import static id.kombel.learning.LearningFixtures.activityJson;
import static id.kombel.learning.LearningFixtures.bearer;
import static id.kombel.learning.LearningFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.learning.LearningFixtures;
import id.kombel.learning.LearningFixtures.Community;
import id.kombel.learning.LearningTestConfiguration;
import id.kombel.learning.TestClock;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

/** Leads draft, publish, change and cancel activities; schedules are read in the region's zone. */
@IntegrationTest
@Import(LearningTestConfiguration.class)
@AutoConfigureRestTestClient
class ActivityApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

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
    void aLeadSchedulesInTheRegionsZoneAndPublishes() {
        Community community = fixtures.activeCommunityInMakassar();
        LocalDateTime start = fixtures.daysAhead(community.zone(), 2, 9);
        String json = activityJson(
                "WORKSHOP",
                start,
                start.plusHours(2),
                "HYBRID",
                "SMPN 3 Makassar",
                "https://meet.example.id/asesmen",
                30,
                3,
                false);

        JsonNode created = http.post()
                .uri("/api/v1/communities/" + community.id() + "/activities")
                .header("Authorization", bearer(community.coLead()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        String id = created.get("id").asString();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("startsAt").asString())
                .isEqualTo(start.atZone(community.zone()).toInstant().toString());
        assertThat(LocalDateTime.parse(created.get("local").get("startsAt").asString()))
                .isEqualTo(start);
        assertThat(created.get("local").get("timeZone").asString()).isEqualTo("Asia/Makassar");
        assertThat(created.get("learningMinutes").asInt()).isEqualTo(135);

        String member = fixtures.memberOf(community);
        fixtures.get(member, "/api/v1/activities/" + id).expectStatus().isNotFound();

        try (KafkaProbe topic = KafkaProbe.on(Activity.TOPIC)) {
            fixtures.post(community.lead(), "/api/v1/activities/" + id + "/publish", null)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("PUBLISHED");
            ConsumerRecord<String, byte[]> published = topic.await(
                    "ActivityPublished",
                    r -> id.equals(r.key()) && "ActivityPublished".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(published);
            assertThat(KafkaProbe.body(published))
                    .contains("\"learningHoursJp\":3", "\"openToOtherCommunities\":false");
        }
        assertThat(fixtures.json(member, "/api/v1/activities/" + id)
                        .get("title")
                        .asString())
                .isEqualTo("Lokakarya Asesmen Diagnostik");
    }

    @Test
    void aMemberCannotCreateAnActivity() {
        Community community = fixtures.activeCommunityInSleman();
        String member = fixtures.memberOf(community);

        fixtures.post(
                        member,
                        "/api/v1/communities/" + community.id() + "/activities",
                        fixtures.workshop(community, 10, false))
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("forbidden"));
        fixtures.post(
                        LearningFixtures.newId("stranger"),
                        "/api/v1/communities/" + community.id() + "/activities",
                        fixtures.workshop(community, 10, false))
                .expectStatus()
                .isForbidden();

        assertThat(activitiesOf(community)).isZero();
    }

    @Test
    void onlineLinksOtherThanWebAddressesAreRefused() {
        Community community = fixtures.activeCommunityInSleman();
        for (String link :
                new String[] {"javascript:alert(document.cookie)", "file:///etc/passwd", "JAVASCRIPT://x", "https://"
                }) {
            fixtures.post(
                            community.lead(),
                            "/api/v1/communities/" + community.id() + "/activities",
                            fixtures.webinar(community, link))
                    .expectStatus()
                    .isEqualTo(422)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(problem("invalid-online-link"));
        }
        assertThat(activitiesOf(community)).isZero();

        fixtures.post(
                        community.lead(),
                        "/api/v1/communities/" + community.id() + "/activities",
                        fixtures.webinar(community, "https://zoom.example.id/j/123"))
                .expectStatus()
                .isCreated();
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        Community community = fixtures.activeCommunityInSleman();
        String id = fixtures.published(community, fixtures.workshop(community, 10, false));
        JsonNode before = fixtures.json(community.lead(), "/api/v1/activities/" + id);
        String changed = fixtures.workshop(community, 25, true);

        http.put()
                .uri("/api/v1/activities/" + id)
                .header("Authorization", bearer(community.lead()))
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(changed)
                .exchange()
                .expectStatus()
                .isEqualTo(412)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("stale-version"));
        assertThat(fixtures.json(community.lead(), "/api/v1/activities/" + id)).isEqualTo(before);

        http.put()
                .uri("/api/v1/activities/" + id)
                .header("Authorization", bearer(community.lead()))
                .header("If-Match", "\"" + before.get("version").asLong() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(changed)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.capacity")
                .isEqualTo(25);
    }

    @Test
    void aCommunitysListShowsMembersEverythingPublishedAndOthersOnlyOpenActivities() {
        Community community = fixtures.activeCommunityInSleman();
        String closed = fixtures.published(community, fixtures.workshop(community, 10, false));
        String open = fixtures.published(community, fixtures.webinar(community, "https://meet.example.id/a"));
        String draft = fixtures.draft(community, fixtures.workshop(community, 10, false));
        String member = fixtures.memberOf(community);
        String outsider = LearningFixtures.newId("outsider");
        String list = "/api/v1/communities/" + community.id() + "/activities";

        List<String> leadSees = ids(fixtures.json(community.lead(), list));
        assertThat(leadSees).containsExactlyInAnyOrder(closed, draft, open);
        assertThat(leadSees.get(2)).as("the webinar ends last").isEqualTo(open);
        assertThat(ids(fixtures.json(member, list))).containsExactly(closed, open);
        assertThat(ids(fixtures.json(outsider, list))).containsExactly(open);
        assertThat(ids(fixtures.json(outsider, "/api/v1/activities?regionId=" + community.regionId())))
                .containsExactly(open);
        assertThat(ids(fixtures.json(member, list + "?when=PAST"))).isEmpty();

        JsonNode firstPage = fixtures.json(member, list + "?limit=1");
        assertThat(ids(firstPage)).containsExactly(closed);
        assertThat(ids(fixtures.json(
                        member,
                        list + "?limit=1&cursor=" + firstPage.get("next").asString())))
                .containsExactly(open);
    }

    @Test
    void aMemberCannotPublishOrCancel() {
        Community community = fixtures.activeCommunityInSleman();
        String id = fixtures.published(community, fixtures.workshop(community, 10, false));
        String member = fixtures.memberOf(community);
        JsonNode before = fixtures.json(member, "/api/v1/activities/" + id);

        fixtures.post(member, "/api/v1/activities/" + id + "/cancel", "{\"reason\":\"Saya tidak bisa\"}")
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("forbidden"));
        fixtures.post(member, "/api/v1/activities/" + id + "/complete", null)
                .expectStatus()
                .isForbidden();

        assertThat(fixtures.json(member, "/api/v1/activities/" + id)).isEqualTo(before);
    }

    @Test
    void aRoutineMeetingRecursWeeklyAsActivitiesOfTheirOwn() {
        Community community = fixtures.activeCommunityInSleman();
        LocalDateTime start = fixtures.daysAhead(community.zone(), 1, 15);
        String routine = activityJson(
                        "ROUTINE_MEETING", start, start.plusHours(1), "IN_PERSON", "Ruang guru", null, 40, 1, false)
                .replaceFirst("}$", ", \"recurrence\": {\"frequency\": \"WEEKLY\", \"occurrences\": 3}}");
        String list = "/api/v1/communities/" + community.id() + "/activities";

        JsonNode first = fixtures.post(community.lead(), list, routine)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(first.get("occurrence").asInt()).isEqualTo(1);
        List<JsonNode> series = new ArrayList<>();
        fixtures.json(community.lead(), list).get("items").forEach(series::add);
        assertThat(series).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(series.get(i).get("seriesId").asString())
                    .isEqualTo(first.get("seriesId").asString());
            assertThat(LocalDateTime.parse(
                            series.get(i).get("local").get("startsAt").asString()))
                    .isEqualTo(start.plusWeeks(i));
        }

        String workshop = fixtures.workshop(community, 10, false)
                .replaceFirst("}$", ", \"recurrence\": {\"frequency\": \"MONTHLY\", \"occurrences\": 2}}");
        fixtures.post(community.lead(), list, workshop)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("recurrence-not-allowed"));
        assertThat(activitiesOf(community)).isEqualTo(3);
    }

    private long activitiesOf(Community community) {
        return mongo.count(Query.query(Criteria.where("communityId").is(community.id())), "activities");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
