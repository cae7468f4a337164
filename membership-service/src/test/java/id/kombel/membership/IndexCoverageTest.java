package id.kombel.membership;

import static id.kombel.membership.CommunityFixtures.membership;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static id.kombel.membership.CommunityFixtures.regionAdmin;
import static org.awaitility.Awaitility.await;

import id.kombel.test.IndexCoverage;
import id.kombel.test.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Every query the community and membership features send is served by a declared index: the
 * in-process store ignores secondary indexes, so this records each command the driver sends and
 * checks its filter and sort against the indexes the documents declare. A query is covered when an
 * index starts with its equality fields (in any order) followed by its sort fields (all in the
 * index's direction or all reversed); a keyset cursor's range on the sort fields is part of that.
 */
@IntegrationTest
@AutoConfigureRestTestClient
@Import({IndexCoverage.Recording.class, TrustTestIdentity.class})
class IndexCoverageTest {

    static final Set<String> COLLECTIONS =
            Set.of("communities", "memberships", "membership_history", "engagement_facts");

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    IndexCoverage.CommandRecorder recorder;

    @Test
    void everyQueryOfCommunitiesAndMembershipsIsServedByADeclaredIndex() {
        CommunityFixtures fixtures = new CommunityFixtures(http);
        String region = fixtures.newRegion();
        CommunityFixtures.Community open = fixtures.active(region, "Kombel Guru Indeks", "OPEN");
        CommunityFixtures.Community approval = fixtures.active(region, "Kombel Guru Indeks Dua", "APPROVAL");
        String teacher = newMemberId("teacher");
        fixtures.join(open.id(), teacher);
        fixtures.post(teacher, "/api/v1/communities/" + approval.id() + "/memberships", null)
                .expectStatus()
                .isCreated();
        http.put()
                .uri(membership(open.id(), teacher) + "/role")
                .header("Authorization", CommunityFixtures.member(open.lead()))
                .header("Content-Type", "application/json")
                .body("{\"role\":\"CO_LEAD\"}")
                .exchange()
                .expectStatus()
                .isOk();

        for (String query : List.of(
                "",
                "regionId=" + region,
                "type=CROSS_SCHOOL",
                "regionId=" + region + "&subject=Matematika&level=SMP",
                "q=indeks",
                "regionId=" + region + "&q=indeks dua&type=CROSS_SCHOOL",
                "limit=1")) {
            fixtures.get(teacher, "/api/v1/communities?" + query).expectStatus().isOk();
        }
        String next = fixtures.json(teacher, "/api/v1/communities?limit=1&regionId=" + region)
                .get("next")
                .asString();
        fixtures.get(teacher, "/api/v1/communities?limit=1&regionId=" + region + "&cursor=" + next)
                .expectStatus()
                .isOk();
        http.get()
                .uri("/api/v1/communities?status=PROPOSED&regionId=" + region)
                .header("Authorization", regionAdmin("admin", region))
                .exchange()
                .expectStatus()
                .isOk();
        fixtures.get(teacher, "/api/v1/communities/" + open.id() + "/memberships?limit=2")
                .expectStatus()
                .isOk();
        fixtures.get(approval.lead(), "/api/v1/communities/" + approval.id() + "/memberships?status=REQUESTED")
                .expectStatus()
                .isOk();
        fixtures.get(teacher, "/api/v1/memberships").expectStatus().isOk();
        http.get()
                .uri("/api/v1/regions/" + region + "/insights")
                .header("Authorization", regionAdmin("admin", region))
                .exchange()
                .expectStatus()
                .isOk();
        fixtures.get(teacher, "/api/v1/engagement/me").expectStatus().isOk();
        http.put()
                .uri("/api/v1/engagement/me/sharing")
                .header("Authorization", CommunityFixtures.member(teacher))
                .header("Content-Type", "application/json")
                .body("{\"shared\":true}")
                .exchange()
                .expectStatus()
                .isOk();
        fixtures.get(open.lead(), "/api/v1/engagement/" + teacher)
                .expectStatus()
                .isOk();
        fixtures.get(teacher, "/api/v1/memberships?status=REQUESTED")
                .expectStatus()
                .isOk();
        await().until(() -> fixtures.json(teacher, membership(open.id(), teacher) + "/history")
                        .get("items")
                        .size()
                == 2);

        new IndexCoverage(mongo, recorder)
                .assertEveryQueryServed(
                        COLLECTIONS, "communities", "memberships", "membership_history", "engagement_facts");
    }
}
