package id.kombel.learning.recommendation;

import static id.kombel.learning.ContentFixtures.newRegion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.learning.ContentFixtures;
import id.kombel.learning.ContentFixtures.Community;
import id.kombel.learning.ContentTopics;
import id.kombel.membership.replica.Memberships;
import id.kombel.platform.web.Problems;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Recommendations for a posted problem: matching resources and upcoming activities, once. */
@IntegrationTest
@AutoConfigureRestTestClient
class RecommendationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Autowired
    Memberships memberships;

    @Autowired
    MongoTemplate mongo;

    ContentFixtures fixtures;

    String share(String member, Community community, String title, String tags, String scope) {
        String json = """
                {"title":"%s","url":"https://guru.kemdikbud.go.id/%s","platform":"PMM","kind":"MODULE",\
                "subjects":["Matematika"],"levels":["SD"],"tags":[%s],"scope":"%s"}""".formatted(title, UUID.randomUUID(), tags, scope);
        return JSON.readTree(fixtures.post(member, "/api/v1/communities/" + community.id() + "/resources", json)
                        .expectStatus()
                        .isCreated()
                        .expectBody()
                        .returnResult()
                        .getResponseBody())
                .get("id")
                .asString();
    }

    static String publish(Community community, String title, Instant startsAt, boolean open) {
        String activityId = UUID.randomUUID().toString();
        ContentFixtures.activityEvent("ActivityPublished", activityId, 2, """
                {"activityId":"%s","communityId":"%s","regionId":"%s","title":"%s","kind":"WORKSHOP",\
                "startsAt":"%s","endsAt":"%s","learningHoursJp":4,"openToOtherCommunities":%s}""".formatted(
                        activityId,
                        community.id(),
                        community.regionId(),
                        title,
                        startsAt,
                        startsAt.plus(3, ChronoUnit.HOURS),
                        open));
        return activityId;
    }

    static String problem(String problemId, Community community, String authorId) {
        return """
                {"problemId":"%s","communityId":"%s","regionId":"%s","authorId":"%s","anonymous":true,\
                "title":"Siswa kelas 5 cepat bosan saat pelajaran pecahan","category":"STUDENT_MOTIVATION",\
                "subject":"Matematika","level":"SD","tags":["pecahan"],"postedAt":"2026-11-20T03:00:00Z"}""".formatted(problemId, community.id(), community.regionId(), authorId);
    }

    @Test
    void aPostedProblemGetsMatchingResourcesAndUpcomingActivitiesOnce() {
        fixtures = new ContentFixtures(http, memberships);
        String region = newRegion();
        Community own = fixtures.activeCommunity(region);
        Community neighbour = fixtures.activeCommunity(region);
        Community elsewhere = fixtures.activeCommunity(newRegion());
        String author = fixtures.member(own);
        String peer = fixtures.member(own);
        String neighbourTeacher = fixtures.member(neighbour);
        String stranger = fixtures.member(elsewhere);

        String ownMatch = share(peer, own, "Gamifikasi kuis pecahan", "\"motivasi\",\"pecahan\"", "COMMUNITY");
        String regionMatch = share(neighbourTeacher, neighbour, "Permainan papan", "\"motivasi\"", "REGION");
        share(neighbourTeacher, neighbour, "Kartu motivasi", "\"motivasi\"", "COMMUNITY");
        share(stranger, elsewhere, "Motivasi dari wilayah lain", "\"motivasi\"", "REGION");
        share(peer, own, "Rubrik asesmen", "\"rubrik\"", "COMMUNITY");

        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String workshop = publish(own, "Lokakarya motivasi belajar siswa", nextWeek, false);
        publish(own, "Rapat rutin bulanan", nextWeek, false);
        String openSharing = publish(neighbour, "Berbagi praktik gamifikasi", nextWeek.plus(1, ChronoUnit.DAYS), true);
        publish(neighbour, "Motivasi internal", nextWeek, false);
        publish(own, "Motivasi yang sudah lewat", Instant.now().minus(2, ChronoUnit.DAYS), false);
        String cancelled = publish(own, "Motivasi yang batal", nextWeek, false);
        ContentFixtures.activityEvent("ActivityCancelled", cancelled, 3, """
                {"activityId":"%s","communityId":"%s","regionId":"%s","title":"Motivasi yang batal",\
                "reason":"Narasumber berhalangan"}""".formatted(cancelled, own.id(), region));
        await("activities projected")
                .until(() -> mongo.count(Query.query(Criteria.where("regionId").is(region)), UpcomingActivity.class)
                                == 6
                        && mongo.findById(cancelled, UpcomingActivity.class).cancelled());

        String problemId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (KafkaProbe topic = KafkaProbe.on(ContentTopics.RECOMMENDATION)) {
            ContentFixtures.problemEvent(eventId, problemId, 1, problem(problemId, own, author));
            ConsumerRecord<String, byte[]> found = topic.await("RecommendationsFound", r -> problemId.equals(r.key()));
            EventContract.load().assertConforms(found);
            JsonNode event = JSON.readTree(KafkaProbe.body(found));
            assertThat(event.get("resourceIds").valueStream().map(JsonNode::asString))
                    .containsExactly(ownMatch, regionMatch);
            assertThat(event.get("activityIds").valueStream().map(JsonNode::asString))
                    .containsExactly(workshop, openSharing);

            // redelivered: the same record again, and a replay of it under a new event id
            ContentFixtures.problemEvent(eventId, problemId, 1, problem(problemId, own, author));
            ContentFixtures.problemEvent(UUID.randomUUID().toString(), problemId, 2, problem(problemId, own, author));
            String marker = ContentFixtures.problemIdAfter(problemId);
            ContentFixtures.problemEvent(UUID.randomUUID().toString(), marker, 1, problem(marker, own, author));
            await("later problem recommended").until(() -> mongo.findById(marker, Recommendation.class) != null);
            assertThat(topic.recordsOf(problemId)).hasSize(1);
            assertThat(mongo.findById(problemId, Recommendation.class).version())
                    .isEqualTo(1);
        }

        String uri = "/api/v1/problems/" + problemId + "/recommendations";
        JsonNode recommendations = JSON.readTree(fixtures.get(peer, uri)
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
        assertThat(recommendations
                        .get("resources")
                        .valueStream()
                        .map(r -> r.get("title").asString()))
                .containsExactly("Gamifikasi kuis pecahan", "Permainan papan");
        assertThat(recommendations
                        .get("activities")
                        .valueStream()
                        .map(a -> a.get("title").asString()))
                .containsExactly("Lokakarya motivasi belajar siswa", "Berbagi praktik gamifikasi");
        assertThat(recommendations.toString()).doesNotContain(author);

        fixtures.get(neighbourTeacher, uri)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "forbidden");
        fixtures.get(peer, "/api/v1/problems/" + UUID.randomUUID() + "/recommendations")
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aProblemNothingMatchesIsStoredButNotAnnounced() {
        fixtures = new ContentFixtures(http, memberships);
        Community own = fixtures.activeCommunity(newRegion());
        String author = fixtures.member(own);
        String problemId = UUID.randomUUID().toString();
        try (KafkaProbe topic = KafkaProbe.on(ContentTopics.RECOMMENDATION)) {
            ContentFixtures.problemEvent(UUID.randomUUID().toString(), problemId, 1, problem(problemId, own, author));
            await("problem considered").until(() -> mongo.findById(problemId, Recommendation.class) != null);
            assertThat(topic.recordsOf(problemId)).isEmpty();
        }
        fixtures.get(author, "/api/v1/problems/" + problemId + "/recommendations")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.resources.length()")
                .isEqualTo(0)
                .jsonPath("$.activities.length()")
                .isEqualTo(0);
    }
}
