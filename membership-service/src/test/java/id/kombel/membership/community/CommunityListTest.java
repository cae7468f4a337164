package id.kombel.membership.community;

import static id.kombel.membership.CommunityFixtures.member;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static id.kombel.membership.CommunityFixtures.proposal;
import static id.kombel.membership.CommunityFixtures.regionAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.membership.CommunityFixtures;
import id.kombel.membership.TrustTestIdentity;
import id.kombel.test.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Lists of communities: filters, keyword search, keyset pages, and who sees proposed ones. Each test
 * filters on this class's own regions or on a word only its communities have, so communities of other
 * tests in the same database never get in the way.
 */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityListTest {

    @Autowired
    RestTestClient http;

    CommunityFixtures fixtures;
    String jayapura;
    String merauke;
    String word;

    @BeforeAll
    void someCommunitiesInTwoRegions() {
        fixtures = new CommunityFixtures(http);
        jayapura = fixtures.newRegion();
        merauke = fixtures.newRegion();
        word = "kata" + UUID.randomUUID().toString().substring(0, 6);
        active(jayapura, "MGMP Matematika SMP " + word, "CROSS_SCHOOL", "\"Matematika\"", "\"SMP\"");
        active(jayapura, "Kombel SD Inpres " + word, "SCHOOL", "\"Tematik\"", "\"SD\"");
        active(jayapura, "Guru Matématika Daring " + word, "ONLINE", "\"Matematika\",\"Informatika\"", "\"SMA\"");
        active(jayapura, "Kombel PAUD Ceria", "SCHOOL", "", "\"PAUD\"");
        active(jayapura, "Komunitas Literasi Digital", "ONLINE", "\"Literasi Digital\"", "\"SMP\",\"SMA\"");
        active(merauke, "MGMP Matematika SMA Merauke " + word, "CROSS_SCHOOL", "\"Matematika\"", "\"SMA\"");
        fixtures.propose(newMemberId("lead"), proposal(jayapura, "Usulan Baru " + word, "SCHOOL", "OPEN"));
    }

    @Test
    void listsTheActiveCommunitiesOfARegionByName() {
        assertThat(names(member("teacher-1"), "regionId=" + jayapura))
                .containsExactly(
                        "Guru Matématika Daring " + word,
                        "Kombel PAUD Ceria",
                        "Kombel SD Inpres " + word,
                        "Komunitas Literasi Digital",
                        "MGMP Matematika SMP " + word);
    }

    @Test
    void filtersByTypeSubjectAndLevelInAnyCombination() {
        String teacher = member("teacher-1");
        assertThat(names(teacher, "regionId=" + jayapura + "&type=ONLINE"))
                .containsExactly("Guru Matématika Daring " + word, "Komunitas Literasi Digital");
        assertThat(names(teacher, "regionId=" + jayapura + "&subject=matematika"))
                .containsExactly("Guru Matématika Daring " + word, "MGMP Matematika SMP " + word);
        assertThat(names(teacher, "regionId=" + jayapura + "&subject=Literasi Digital"))
                .containsExactly("Komunitas Literasi Digital");
        assertThat(names(teacher, "regionId=" + jayapura + "&level=SMA"))
                .containsExactly("Guru Matématika Daring " + word, "Komunitas Literasi Digital");
        assertThat(names(teacher, "regionId=" + jayapura + "&level=SMA&type=ONLINE&subject=Matematika"))
                .containsExactly("Guru Matématika Daring " + word);
        assertThat(names(teacher, "subject=Matematika&level=SMA&q=" + word))
                .containsExactly("Guru Matématika Daring " + word, "MGMP Matematika SMA Merauke " + word);
        assertThat(names(teacher, "regionId=" + merauke + "&level=SD")).isEmpty();
    }

    @Test
    void findsNamesByKeywordPrefixesIgnoringCaseAndAccents() {
        String teacher = member("teacher-1");
        assertThat(names(teacher, "q=" + word))
                .containsExactly(
                        "Guru Matématika Daring " + word,
                        "Kombel SD Inpres " + word,
                        "MGMP Matematika SMA Merauke " + word,
                        "MGMP Matematika SMP " + word);
        assertThat(names(teacher, "q=MATEMAT " + word.substring(0, 6) + "&regionId=" + jayapura))
                .containsExactly("Guru Matématika Daring " + word, "MGMP Matematika SMP " + word);
        assertThat(names(teacher, "q=matématika smp " + word)).containsExactly("MGMP Matematika SMP " + word);
        assertThat(names(teacher, "q=atematika " + word))
                .as("prefixes, not infixes")
                .isEmpty();
    }

    @Test
    void walksEveryPageOnceWithKeysetCursors() {
        List<String> all = names(member("teacher-1"), "regionId=" + jayapura);
        List<String> walked = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = fixtures.json(
                    "teacher-1",
                    "/api/v1/communities?regionId=" + jayapura + "&limit=2" + (next == null ? "" : "&cursor=" + next));
            page.get("items").forEach(item -> walked.add(item.get("name").asString()));
            next = page.has("next") ? page.get("next").asString() : null;
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactlyElementsOf(all).hasSize(5);
        fixtures.get("teacher-1", "/api/v1/communities?cursor=bm90LWEtY3Vyc29y")
                .expectStatus()
                .isBadRequest();
        fixtures.get("teacher-1", "/api/v1/communities?limit=101")
                .expectStatus()
                .isBadRequest();
        fixtures.get("teacher-1", "/api/v1/communities?level=UNIVERSITAS")
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void proposedCommunitiesAreListedOnlyToTheirRegionsAdmins() {
        assertThat(names(member("teacher-1"), "q=" + word + "&regionId=" + jayapura))
                .doesNotContain("Usulan Baru " + word);
        assertThat(names(regionAdmin("admin-1", jayapura), "status=PROPOSED&regionId=" + jayapura))
                .containsExactly("Usulan Baru " + word);

        for (String query : new String[] {
            "status=PROPOSED&regionId=" + jayapura, "status=PROPOSED", "status=REJECTED&regionId=" + jayapura
        }) {
            http.get()
                    .uri("/api/v1/communities?" + query)
                    .header("Authorization", member("teacher-1"))
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        http.get()
                .uri("/api/v1/communities?status=PROPOSED&regionId=" + jayapura)
                .header("Authorization", regionAdmin("admin-2", merauke))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private void active(String region, String name, String type, String subjects, String levels) {
        String lead = newMemberId("lead");
        String id = fixtures.propose(lead, proposal(region, name, type, "OPEN", subjects, levels))
                .get("id")
                .asString();
        fixtures.appointCoLead(id, lead, newMemberId("colead"));
        fixtures.appointCoLead(id, lead, newMemberId("colead"));
        fixtures.verify(new CommunityFixtures.Community(id, region, lead, "", ""));
    }

    private List<String> names(String authorization, String query) {
        JsonNode page = http.get()
                .uri("/api/v1/communities?limit=100&" + query)
                .header("Authorization", authorization)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}
