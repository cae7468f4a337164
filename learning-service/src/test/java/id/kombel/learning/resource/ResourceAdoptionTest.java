package id.kombel.learning.resource;

import static id.kombel.learning.ContentFixtures.newRegion;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.learning.ContentFixtures;
import id.kombel.learning.ContentFixtures.Community;
import id.kombel.learning.insights.RegionInsightsPart;
import id.kombel.membership.replica.Memberships;
import id.kombel.test.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The region dashboard's resourceAdoption part. */
@IntegrationTest
@AutoConfigureRestTestClient
class ResourceAdoptionTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Autowired
    Memberships memberships;

    @Autowired
    List<RegionInsightsPart> parts;

    @Test
    void countsResourcesSharedBookmarksAndRatingsPerPlatformInTheRegion() {
        ContentFixtures fixtures = new ContentFixtures(http, memberships);
        String region = newRegion();
        Community community = fixtures.activeCommunity(region);
        Community elsewhere = fixtures.activeCommunity(newRegion());
        String teacher = fixtures.member(community);
        String stranger = fixtures.member(elsewhere);
        String resources = "/api/v1/communities/" + community.id() + "/resources";
        String video = share(
                fixtures,
                teacher,
                resources,
                ResourceCatalogTest.resource("Video Pecahan", "https://youtu.be/abc", "YOUTUBE", "VIDEO", "COMMUNITY"));
        share(fixtures, teacher, resources, ResourceCatalogTest.pmmModule("Modul Satu"));
        share(fixtures, teacher, resources, ResourceCatalogTest.pmmModule("Modul Dua"));
        share(
                fixtures,
                stranger,
                "/api/v1/communities/" + elsewhere.id() + "/resources",
                ResourceCatalogTest.pmmModule("Modul Wilayah Lain"));
        fixtures.put(teacher, resources + "/" + video + "/bookmark", "")
                .expectStatus()
                .isNoContent();
        fixtures.put(teacher, resources + "/" + video + "/rating", "{\"stars\":5}")
                .expectStatus()
                .isOk();

        RegionInsightsPart adoption = parts.stream()
                .filter(part -> part.name().equals("resourceAdoption"))
                .findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        JsonNode answer = JSON.valueToTree(adoption.compute(region, today.minusDays(1), today.plusDays(1)));
        assertThat(answer.at("/platforms/PMM/resourcesShared").asLong()).isEqualTo(2);
        assertThat(answer.at("/platforms/YOUTUBE/resourcesShared").asLong()).isEqualTo(1);
        assertThat(answer.at("/platforms/YOUTUBE/bookmarks").asLong()).isEqualTo(1);
        assertThat(answer.at("/platforms/YOUTUBE/ratings").asLong()).isEqualTo(1);
        assertThat(answer.at("/platforms/IPUSNAS/resourcesShared").asLong()).isZero();

        JsonNode before = JSON.valueToTree(adoption.compute(region, today.minusDays(30), today.minusDays(2)));
        assertThat(before.at("/platforms/PMM/resourcesShared").asLong()).isZero();
    }

    private static String share(ContentFixtures fixtures, String member, String uri, String json) {
        return JSON.readTree(fixtures.post(member, uri, json)
                        .expectStatus()
                        .isCreated()
                        .expectBody()
                        .returnResult()
                        .getResponseBody())
                .get("id")
                .asString();
    }
}
