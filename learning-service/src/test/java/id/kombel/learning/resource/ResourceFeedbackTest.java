package id.kombel.learning.resource;

import static id.kombel.learning.ContentFixtures.newRegion;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.learning.ContentFixtures;
import id.kombel.learning.ContentFixtures.Community;
import id.kombel.learning.ContentTopics;
import id.kombel.membership.replica.Memberships;
import id.kombel.platform.web.Problems;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ratings, broken-link reports and bookmarks. */
@IntegrationTest
@AutoConfigureRestTestClient
class ResourceFeedbackTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Autowired
    Memberships memberships;

    ContentFixtures fixtures;
    Community community;
    String sharer;
    String uri;

    @BeforeEach
    void aSharedResource() {
        fixtures = new ContentFixtures(http, memberships);
        community = fixtures.activeCommunity(newRegion());
        sharer = fixtures.member(community);
        JsonNode shared = JSON.readTree(fixtures.post(
                        sharer,
                        "/api/v1/communities/" + community.id() + "/resources",
                        ResourceCatalogTest.pmmModule("Modul Asesmen Diagnostik"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        uri = "/api/v1/communities/" + community.id() + "/resources/"
                + shared.get("id").asString();
    }

    JsonNode read(String memberId, String path) {
        return JSON.readTree(fixtures.get(memberId, path)
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    RestTestClient.ResponseSpec rate(String memberId, int stars) {
        return fixtures.put(memberId, uri + "/rating", "{\"stars\":" + stars + "}");
    }

    @Test
    void aSecondRatingReplacesTheFirstAndTheCountStays() {
        String teacher = fixtures.member(community);
        String peer = fixtures.member(community);
        try (KafkaProbe topic = KafkaProbe.on(ContentTopics.RESOURCE)) {
            rate(teacher, 5).expectStatus().isOk();
            rate(teacher, 2)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.ratingCount")
                    .isEqualTo(1);
            EventContract.load()
                    .assertConforms(
                            topic.await("ResourceRated", r -> "ResourceRated".equals(KafkaProbe.header(r, "ce_type"))));
        }
        rate(peer, 4).expectStatus().isOk();
        JsonNode resource = read(teacher, uri);
        assertThat(resource.get("ratingCount").asLong()).isEqualTo(2);
        assertThat(resource.get("ratingAverage").asDouble()).isEqualTo(3.0);
    }

    @Test
    void ratingsOutsideOneToFiveAreRefusedAndNothingChanges() {
        String teacher = fixtures.member(community);
        for (String body : List.of("{\"stars\":0}", "{\"stars\":6}", "{}", "{\"stars\":{\"$gt\":1}}")) {
            fixtures.put(teacher, uri + "/rating", body).expectStatus().isBadRequest();
        }
        assertThat(read(teacher, uri).get("ratingCount").asLong()).isZero();
    }

    @Test
    void aNonMemberCannotRateAndTheRatingIsUnchanged() {
        String teacher = fixtures.member(community);
        rate(teacher, 4).expectStatus().isOk();
        rate(ContentFixtures.newId("outsider"), 1)
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "not-found");
        JsonNode resource = read(teacher, uri);
        assertThat(resource.get("ratingCount").asLong()).isEqualTo(1);
        assertThat(resource.get("ratingAverage").asDouble()).isEqualTo(4.0);
    }

    @Test
    void concurrentRatersAllCountAndTheAverageMatchesTheirRatings() throws Exception {
        List<String> raters =
                IntStream.range(0, 8).mapToObj(i -> fixtures.member(community)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> ratings = new ArrayList<>();
            for (int i = 0; i < raters.size(); i++) {
                String rater = raters.get(i);
                int stars = i % 2 == 0 ? 5 : 3;
                ratings.add(CompletableFuture.runAsync(
                        () -> rate(rater, stars).expectStatus().isOk(), pool));
            }
            CompletableFuture.allOf(ratings.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }
        JsonNode resource = read(sharer, uri);
        assertThat(resource.get("ratingCount").asLong()).isEqualTo(8);
        assertThat(resource.get("ratingAverage").asDouble()).isEqualTo(4.0);
    }

    @Test
    void aMemberReportsABrokenLinkOnceAndTheSharerAndLeadsSeeTheCount() {
        String teacher = fixtures.member(community);
        try (KafkaProbe topic = KafkaProbe.on(ContentTopics.RESOURCE)) {
            fixtures.post(teacher, uri + "/reports", "").expectStatus().isOk();
            EventContract.load()
                    .assertConforms(topic.await(
                            "ResourceReported", r -> "ResourceReported".equals(KafkaProbe.header(r, "ce_type"))));
        }
        fixtures.post(teacher, uri + "/reports", "")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "already-reported");

        assertThat(read(sharer, uri).get("brokenLinkReports").asLong()).isEqualTo(1);
        assertThat(read(community.lead(), uri).get("brokenLinkReports").asLong())
                .isEqualTo(1);
        JsonNode seenByPeer = read(teacher, uri);
        assertThat(seenByPeer.path("brokenLinkReports").isMissingNode()
                        || seenByPeer.get("brokenLinkReports").isNull())
                .isTrue();
    }

    @Test
    void aMemberKeepsTheirOwnBookmarks() {
        String teacher = fixtures.member(community);
        String peer = fixtures.member(community);
        fixtures.put(teacher, uri + "/bookmark", "").expectStatus().isNoContent();
        fixtures.put(teacher, uri + "/bookmark", "").expectStatus().isNoContent();

        JsonNode mine = read(teacher, "/api/v1/resources/bookmarks");
        assertThat(mine.get("items").size()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("title").asString()).isEqualTo("Modul Asesmen Diagnostik");
        assertThat(read(peer, "/api/v1/resources/bookmarks").get("items").size())
                .isZero();
        fixtures.put(ContentFixtures.newId("outsider"), uri + "/bookmark", "")
                .expectStatus()
                .isNotFound();

        http.delete()
                .uri(uri + "/bookmark")
                .header("Authorization", ContentFixtures.bearer(teacher))
                .exchange()
                .expectStatus()
                .isNoContent();
        assertThat(read(teacher, "/api/v1/resources/bookmarks").get("items").size())
                .isZero();
    }
}
