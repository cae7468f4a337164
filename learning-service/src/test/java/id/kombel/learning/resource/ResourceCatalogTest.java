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
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sharing, finding, editing and removing resources, and who may see them. */
@IntegrationTest
@AutoConfigureRestTestClient
class ResourceCatalogTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Autowired
    Memberships memberships;

    ContentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ContentFixtures(http, memberships);
    }

    static String resource(String title, String url, String platform, String kind, String scope) {
        return """
                {"title":"%s","description":"Langkah demi langkah untuk kelas rangkap","url":"%s",\
                "platform":"%s","kind":"%s","subjects":["Matematika"],"levels":["SD"],\
                "tags":["Literasi Numerasi","pecahan"],"steps":["Buka tautan","Unduh modul"],"scope":"%s"}""".formatted(title, url, platform, kind, scope);
    }

    static String pmmModule(String title) {
        return resource(title, "https://guru.kemdikbud.go.id/modul/pecahan", "PMM", "MODULE", "COMMUNITY");
    }

    static String resources(String communityId) {
        return "/api/v1/communities/" + communityId + "/resources";
    }

    JsonNode share(String memberId, String communityId, String json) {
        byte[] body = fixtures.post(memberId, resources(communityId), json)
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body);
    }

    JsonNode read(String memberId, String uri) {
        return JSON.readTree(fixtures.get(memberId, uri)
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    List<String> titles(String memberId, String uri) {
        return read(memberId, uri)
                .get("items")
                .valueStream()
                .map(item -> item.get("title").asString())
                .toList();
    }

    @Test
    void aMemberSharesAResourceThatPeersFindByAccentFreeKeywordsAndFacets() {
        Community community = fixtures.activeCommunity(newRegion());
        String teacher = fixtures.member(community);
        String peer = fixtures.member(community);
        String id;
        try (KafkaProbe topic = KafkaProbe.on(ContentTopics.RESOURCE)) {
            id = share(teacher, community.id(), pmmModule("Média Pembelajaran Pecahan"))
                    .get("id")
                    .asString();
            share(
                    teacher,
                    community.id(),
                    resource("Kuis Sains", "http://rumahbelajar.id/kuis", "RUMAH_BELAJAR", "VIDEO", "COMMUNITY"));
            ConsumerRecord<String, byte[]> shared = topic.await(
                    "ResourceShared",
                    r -> id.equals(r.key()) && "ResourceShared".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(shared);
        }

        String list = resources(community.id());
        assertThat(titles(peer, list + "?q=MEDIA pecahan")).containsExactly("Média Pembelajaran Pecahan");
        assertThat(titles(peer, list + "?q=kelas rangkap")).hasSize(2);
        assertThat(titles(peer, list + "?platform=PMM&kind=MODULE&level=SD&subject=matematika"))
                .containsExactly("Média Pembelajaran Pecahan");
        assertThat(titles(peer, list + "?tag=literasi numerasi&platform=RUMAH_BELAJAR"))
                .containsExactly("Kuis Sains");
        assertThat(titles(peer, list + "?q=media&level=SMA")).isEmpty();
        assertThat(titles(peer, list + "?q=media&kind=VIDEO")).isEmpty();

        JsonNode seen = read(peer, list + "/" + id);
        assertThat(seen.get("url").asString()).isEqualTo("https://guru.kemdikbud.go.id/modul/pecahan");
        assertThat(seen.get("steps").size()).isEqualTo(2);
        assertThat(seen.path("brokenLinkReports").isMissingNode()
                        || seen.get("brokenLinkReports").isNull())
                .isTrue();
        assertThat(read(teacher, list + "/" + id).get("brokenLinkReports").asLong())
                .isZero();
    }

    @Test
    void theCatalogPagesWithACursorNewestFirst() {
        Community community = fixtures.activeCommunity(newRegion());
        String teacher = fixtures.member(community);
        for (String title : List.of("Satu", "Dua", "Tiga")) {
            share(teacher, community.id(), pmmModule("Modul " + title));
        }
        JsonNode first = read(teacher, resources(community.id()) + "?limit=2");
        assertThat(first.get("items")
                        .valueStream()
                        .map(item -> item.get("title").asString()))
                .containsExactly("Modul Tiga", "Modul Dua");
        JsonNode second = read(
                teacher,
                resources(community.id()) + "?limit=2&cursor="
                        + first.get("next").asString());
        assertThat(second.get("items")
                        .valueStream()
                        .map(item -> item.get("title").asString()))
                .containsExactly("Modul Satu");
        assertThat(second.path("next").isMissingNode() || second.get("next").isNull())
                .isTrue();
    }

    @Test
    void linksThatAreNotAbsoluteHttpAreRefusedAndNothingIsStored() {
        Community community = fixtures.activeCommunity(newRegion());
        String teacher = fixtures.member(community);
        for (String url : List.of(
                "javascript:alert(document.cookie)",
                "JavaScript://example.org/%0aalert(1)",
                "file:///etc/passwd",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "/modul/pecahan",
                "guru.kemdikbud.go.id/modul",
                "ftp://example.org/modul.pdf",
                "https://user:secret@example.org/modul",
                "https:///no-host")) {
            fixtures.post(teacher, resources(community.id()), resource("Tautan", url, "OTHER", "ARTICLE", "COMMUNITY"))
                    .expectStatus()
                    .isEqualTo(422)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(Problems.TYPE_BASE + "resource-url-not-allowed");
        }
        String overLong = "https://example.org/" + "a".repeat(ResourceUrl.MAX_LENGTH);
        fixtures.post(
                        teacher,
                        resources(community.id()),
                        resource("Panjang", overLong, "OTHER", "ARTICLE", "COMMUNITY"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "validation");
        assertThat(titles(teacher, resources(community.id()))).isEmpty();
    }

    @Test
    void aNonMemberNeitherSeesNorListsACommunityResource() {
        Community community = fixtures.activeCommunity(newRegion());
        String teacher = fixtures.member(community);
        String id = share(teacher, community.id(), pmmModule("Rahasia Kelas"))
                .get("id")
                .asString();
        String outsider = ContentFixtures.newId("outsider");

        fixtures.get(outsider, resources(community.id()) + "/" + id)
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "not-found");
        fixtures.get(outsider, resources(community.id()))
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "forbidden");
        // a member of another community cannot reach it through their own community either
        Community other = fixtures.activeCommunity(community.regionId());
        String neighbour = fixtures.member(other);
        fixtures.get(neighbour, resources(other.id()) + "/" + id).expectStatus().isNotFound();
        assertThat(titles(neighbour, resources(other.id()))).isEmpty();
        assertThat(read(teacher, resources(community.id()) + "/" + id)
                        .get("title")
                        .asString())
                .isEqualTo("Rahasia Kelas");
    }

    @Test
    void aRegionResourceIsSeenFromEveryCommunityOfTheRegionOnly() {
        String region = newRegion();
        Community sharing = fixtures.activeCommunity(region);
        Community neighbour = fixtures.activeCommunity(region);
        Community elsewhere = fixtures.activeCommunity(newRegion());
        String teacher = fixtures.member(sharing);
        String peer = fixtures.member(neighbour);
        String stranger = fixtures.member(elsewhere);
        String id = share(
                        teacher,
                        sharing.id(),
                        resource("Video Literasi", "https://www.youtube.com/watch?v=abc", "YOUTUBE", "VIDEO", "REGION"))
                .get("id")
                .asString();

        assertThat(titles(peer, resources(neighbour.id()))).containsExactly("Video Literasi");
        assertThat(read(peer, resources(neighbour.id()) + "/" + id).get("scope").asString())
                .isEqualTo("REGION");
        assertThat(titles(stranger, resources(elsewhere.id()))).isEmpty();
        fixtures.get(stranger, resources(elsewhere.id()) + "/" + id)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void theSharerEditsWithIfMatchAndAStaleVersionChangesNothing() {
        Community community = fixtures.activeCommunity(newRegion());
        String teacher = fixtures.member(community);
        String peer = fixtures.member(community);
        JsonNode shared = share(teacher, community.id(), pmmModule("Modul Lama"));
        String uri = resources(community.id()) + "/" + shared.get("id").asString();
        String firstTag = "\"" + 1 + "\"";

        try (KafkaProbe topic = KafkaProbe.on(ContentTopics.RESOURCE)) {
            http.put()
                    .uri(uri)
                    .header("Authorization", ContentFixtures.bearer(teacher))
                    .header("If-Match", firstTag)
                    .header("Content-Type", "application/json")
                    .body(pmmModule("Modul Baru"))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals("ETag", "\"2\"");
            EventContract.load()
                    .assertConforms(topic.await(
                            "ResourceUpdated",
                            r -> "ResourceUpdated".equals(KafkaProbe.header(r, "ce_type"))
                                    && shared.get("id").asString().equals(r.key())));
        }

        http.put()
                .uri(uri)
                .header("Authorization", ContentFixtures.bearer(teacher))
                .header("If-Match", firstTag)
                .header("Content-Type", "application/json")
                .body(pmmModule("Modul Basi"))
                .exchange()
                .expectStatus()
                .isEqualTo(412)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "stale-version");
        fixtures.put(peer, uri, pmmModule("Modul Orang Lain"))
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "forbidden");
        assertThat(read(peer, uri).get("title").asString()).isEqualTo("Modul Baru");
    }

    @Test
    void theSharerRemovesAResourceAndItLeavesTheCatalog() {
        Community community = fixtures.activeCommunity(newRegion());
        String teacher = fixtures.member(community);
        String peer = fixtures.member(community);
        String uri = resources(community.id()) + "/"
                + share(teacher, community.id(), pmmModule("Modul Usang"))
                        .get("id")
                        .asString();

        http.delete()
                .uri(uri)
                .header("Authorization", ContentFixtures.bearer(peer))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "forbidden");
        assertThat(titles(peer, resources(community.id()))).containsExactly("Modul Usang");

        http.delete()
                .uri(uri)
                .header("Authorization", ContentFixtures.bearer(teacher))
                .exchange()
                .expectStatus()
                .isNoContent();
        fixtures.get(peer, uri).expectStatus().isNotFound();
        assertThat(titles(peer, resources(community.id()))).isEmpty();
    }
}
