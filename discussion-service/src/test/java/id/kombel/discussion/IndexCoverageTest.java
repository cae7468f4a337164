package id.kombel.discussion;

import static id.kombel.discussion.DiscussionFixtures.reason;

import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.trial.TrialFollowUpsAccess;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.IndexCoverage;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Every query the discussion features send is served by a declared index: the
 * in-process store ignores secondary indexes, so this records each command the driver sends and
 * checks its filter and sort against the indexes the documents declare. A query is covered when an
 * index starts with its equality fields (in any order) followed by its sort fields (all in the
 * index's direction or all reversed); a keyset cursor's range on the sort fields is part of that.
 */
@IntegrationTest
@AutoConfigureRestTestClient
@Import({IndexCoverage.Recording.class, TrialFollowUpsAccess.class})
class IndexCoverageTest {

    static final Set<String> COLLECTIONS = Set.of(
            "problems",
            "solutions",
            "replies",
            "votes",
            "trials",
            "appreciations",
            "flags",
            "follows",
            "follow_fanouts");

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    IndexCoverage.CommandRecorder recorder;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    TrialFollowUpsAccess sweeps;

    @Test
    void everyQueryOfTheDiscussionFeaturesIsServedByADeclaredIndex() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problem = fixtures.problemId(community.member(), community.id(), "Indeks pecahan", false);
        fixtures.problemId(community.member(), community.id(), "Indeks kedua", true);
        String solution = fixtures.solutionId(community.peer(), problem, "Kertas lipat");
        fixtures.postOk(community.coLead(), "/api/v1/solutions/" + solution + "/votes", null);
        fixtures.postOk(
                community.member(), "/api/v1/solutions/" + solution + "/replies", "{\"body\":\"Terima kasih\"}");
        fixtures.postOk(community.member(), "/api/v1/solutions/" + solution + "/accept", null);
        fixtures.postOk(
                community.member(), "/api/v1/solutions/" + solution + "/appreciations", "{\"message\":\"Makasih\"}");
        String trial = fixtures.postOk(
                        community.member(),
                        "/api/v1/solutions/" + solution + "/trials",
                        "{\"dueOn\":\"" + LocalDate.now().plusDays(2) + "\"}")
                .get("id")
                .asString();
        fixtures.postOk(
                community.member(), "/api/v1/trials/" + trial + "/outcome", "{\"outcome\":\"WORKED\",\"note\":\"Ok\"}");
        fixtures.post(community.peer(), "/api/v1/problems/" + problem + "/flags", reason("Cek"))
                .expectStatus()
                .isAccepted();
        http.put()
                .uri("/api/v1/problems/" + problem + "/follow")
                .header("Authorization", DiscussionFixtures.member(community.lead()))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        String list = "/api/v1/communities/" + community.id() + "/problems?";
        for (String query : List.of(
                "",
                "q=indeks pecahan",
                "category=OTHER&status=OPEN&level=SMP&subject=Matematika&tag=pecahan",
                "sort=UNANSWERED",
                "sort=MOST_HELPFUL&q=indeks",
                "sort=NEWEST&limit=1")) {
            fixtures.get(community.peer(), list + query).expectStatus().isOk();
        }
        for (String sort : List.of("NEWEST", "UNANSWERED", "MOST_HELPFUL")) {
            var next = fixtures.json(community.peer(), list + "limit=1&sort=" + sort)
                    .get("next");
            if (next != null && !next.isNull()) {
                fixtures.get(community.peer(), list + "limit=1&sort=" + sort + "&cursor=" + next.asString())
                        .expectStatus()
                        .isOk();
            }
        }
        fixtures.get(community.peer(), "/api/v1/problems/" + problem + "/solutions")
                .expectStatus()
                .isOk();
        fixtures.get(community.lead(), "/api/v1/problems/" + problem + "/solutions")
                .expectStatus()
                .isOk();
        fixtures.get(community.peer(), "/api/v1/solutions/" + solution + "/replies")
                .expectStatus()
                .isOk();
        fixtures.get(community.peer(), "/api/v1/solutions/" + solution + "/appreciations")
                .expectStatus()
                .isOk();
        http.get()
                .uri("/api/v1/regions/" + community.regionId() + "/insights?from="
                        + LocalDate.now().minusDays(1) + "&to="
                        + LocalDate.now().plusDays(1))
                .header("Authorization", "Bearer " + TestIdentity.shared().platformAdmin("admin"))
                .exchange()
                .expectStatus()
                .isOk();
        sweeps.sweepInAWeek();

        new IndexCoverage(mongo, recorder)
                .assertEveryQueryServed(COLLECTIONS, "problems", "solutions", "replies", "trials", "follows");
    }
}
