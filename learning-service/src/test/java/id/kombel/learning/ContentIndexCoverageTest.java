package id.kombel.learning;

import static org.awaitility.Awaitility.await;

import id.kombel.learning.ContentFixtures.Community;
import id.kombel.learning.insights.RegionInsightsPart;
import id.kombel.membership.replica.Memberships;
import id.kombel.test.IndexCoverage;
import id.kombel.test.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query the resource, goal, reflection and recommendation features send is served by a
 * declared index. The in-process store ignores secondary indexes, so this records each command the
 * driver sends and checks its filter and sort against the indexes the documents declare (the same
 * rule as membership-service's IndexCoverageTest: equality fields first, in any order, then the sort
 * fields in the index's direction or all reversed; a keyset cursor's range is part of that).
 * Counts and aggregations count as queries by their leading {@code $match}.
 */
@IntegrationTest
@AutoConfigureRestTestClient
@Import(IndexCoverage.Recording.class)
class ContentIndexCoverageTest {

    static final Set<String> COLLECTIONS = Set.of(
            "resources",
            "resource_ratings",
            "resource_bookmarks",
            "resource_reports",
            "goals",
            "reflections",
            "reflection_encouragements",
            "reflection_attendances",
            "problem_recommendations",
            "recommendation_activities");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Memberships memberships;

    @Autowired
    IndexCoverage.CommandRecorder recorder;

    @Autowired
    List<RegionInsightsPart> insights;

    @Test
    void everyQueryOfTheLearningContentFeaturesIsServedByADeclaredIndex() {
        ContentFixtures fixtures = new ContentFixtures(http, memberships);
        Community community = fixtures.activeCommunity(ContentFixtures.newRegion());
        String teacher = fixtures.member(community);
        String peer = fixtures.member(community);
        String resources = "/api/v1/communities/" + community.id() + "/resources";
        String body = """
                {"title":"Gamifikasi kuis pecahan","url":"https://guru.kemdikbud.go.id/modul","platform":"PMM",\
                "kind":"MODULE","subjects":["Matematika"],"levels":["SD"],"tags":["motivasi"],"scope":"REGION"}""";
        fixtures.post(teacher, resources, body).expectStatus().isCreated();
        String id = json(fixtures.post(teacher, resources, body).expectStatus().isCreated())
                .get("id")
                .asString();
        String resource = resources + "/" + id;
        for (String query : List.of(
                "", "q=kuis", "platform=PMM", "kind=MODULE&level=SD", "subject=matematika&tag=motivasi", "limit=1")) {
            fixtures.get(peer, resources + "?" + query).expectStatus().isOk();
        }
        String next = json(fixtures.get(peer, resources + "?limit=1")
                        .expectStatus()
                        .isOk())
                .get("next")
                .asString();
        fixtures.get(peer, resources + "?limit=1&cursor=" + next).expectStatus().isOk();
        fixtures.get(peer, resource).expectStatus().isOk();
        fixtures.put(teacher, resource, body.replace("kuis", "teka-teki"))
                .expectStatus()
                .isOk();
        fixtures.put(peer, resource + "/rating", "{\"stars\":4}").expectStatus().isOk();
        fixtures.post(peer, resource + "/reports", "").expectStatus().isOk();
        fixtures.put(peer, resource + "/bookmark", "").expectStatus().isNoContent();
        fixtures.get(peer, "/api/v1/resources/bookmarks").expectStatus().isOk();

        String goal = fixtures.post(teacher, "/api/v1/goals", "{\"title\":\"Asesmen\",\"targetDate\":\"2026-12-31\"}")
                .expectStatus()
                .isCreated()
                .returnResult()
                .getResponseHeaders()
                .getLocation()
                .toString();
        fixtures.put(teacher, goal, "{\"title\":\"Asesmen\",\"targetDate\":\"2026-12-31\",\"progress\":100}")
                .expectStatus()
                .isOk();
        fixtures.get(teacher, "/api/v1/goals").expectStatus().isOk();

        String activityId = UUID.randomUUID().toString();
        ContentFixtures.attended(activityId, community.id(), teacher);
        await().until(() ->
                mongo.findById(activityId + ":" + teacher, Document.class, "reflection_attendances") != null);
        String reflection = fixtures.post(teacher, "/api/v1/reflections", """
                        {"activityId":"%s","text":"Kartu pecahan berhasil","visibility":"COMMUNITY"}""".formatted(activityId))
                .expectStatus()
                .isCreated()
                .returnResult()
                .getResponseHeaders()
                .getLocation()
                .toString();
        fixtures.post(peer, reflection + "/encouragements", "{\"message\":\"Semangat\"}")
                .expectStatus()
                .isCreated();
        fixtures.get(peer, reflection + "/encouragements").expectStatus().isOk();
        fixtures.get(peer, "/api/v1/reflections?communityId=" + community.id())
                .expectStatus()
                .isOk();
        fixtures.get(teacher, "/api/v1/reflections").expectStatus().isOk();

        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String workshop = UUID.randomUUID().toString();
        ContentFixtures.activityEvent("ActivityPublished", workshop, 2, """
                {"activityId":"%s","communityId":"%s","regionId":"%s","title":"Lokakarya motivasi","kind":"WORKSHOP",\
                "startsAt":"%s","endsAt":"%s","learningHoursJp":4,"openToOtherCommunities":true}""".formatted(
                        workshop, community.id(), community.regionId(), nextWeek, nextWeek.plusSeconds(3600)));
        await().until(() -> mongo.findById(workshop, Document.class, "recommendation_activities") != null);
        String problemId = UUID.randomUUID().toString();
        ContentFixtures.problemEvent(UUID.randomUUID().toString(), problemId, 1, """
                {"problemId":"%s","communityId":"%s","regionId":"%s","authorId":"%s","anonymous":false,\
                "title":"Siswa bosan","category":"STUDENT_MOTIVATION","subject":"Matematika","level":"SD",\
                "tags":["pecahan"],"postedAt":"2026-11-20T03:00:00Z"}""".formatted(
                        problemId, community.id(), community.regionId(), teacher));
        await().untilAsserted(() -> fixtures.get(peer, "/api/v1/problems/" + problemId + "/recommendations")
                .expectStatus()
                .isOk());
        http.delete()
                .uri(resource)
                .header("Authorization", ContentFixtures.bearer(teacher))
                .exchange()
                .expectStatus()
                .isNoContent();

        insights.forEach(part -> part.compute(
                community.regionId(),
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1)));

        new IndexCoverage(mongo, recorder)
                .assertEveryQueryServed(
                        COLLECTIONS,
                        "resources",
                        "resource_bookmarks",
                        "resource_reports",
                        "goals",
                        "reflections",
                        "reflection_encouragements",
                        "recommendation_activities");
    }

    private static JsonNode json(RestTestClient.ResponseSpec response) {
        return JSON.readTree(response.expectBody().returnResult().getResponseBody());
    }
}
