package id.kombel.learning;

import static org.awaitility.Awaitility.await;

import id.kombel.learning.LearningFixtures.Community;
import id.kombel.platform.events.ReplicaWriter;
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
 * Every query the activity, registration, attendance and record features send is served by a
 * declared index: the in-process store ignores secondary indexes, so this records each command the
 * driver sends and checks its filter and sort against the indexes the documents declare (the same
 * rule as membership-service's IndexCoverageTest: an index starts with the query's equality fields,
 * in any order, followed by its sort fields).
 */
@IntegrationTest
@AutoConfigureRestTestClient
@Import({IndexCoverage.Recording.class, LearningTestConfiguration.class})
class IndexCoverageTest {

    static final Set<String> COLLECTIONS = Set.of("activities", "registrations", "seat_ledgers");

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    TestClock clock;

    @Autowired
    IndexCoverage.CommandRecorder recorder;

    @Test
    void everyQueryOfActivitiesAndRegistrationsIsServedByADeclaredIndex() {
        LearningFixtures fixtures = new LearningFixtures(http, replicas, clock);
        Community community = fixtures.activeCommunityInSleman();
        String member = fixtures.memberOf(community);
        String waiting = fixtures.memberOf(community);
        String outsider = fixtures.memberOf(fixtures.activeCommunityInSleman());
        String activity = fixtures.published(community, fixtures.workshop(community, 1, true));
        fixtures.register(member, activity);
        fixtures.register(waiting, activity);
        String list = "/api/v1/communities/" + community.id() + "/activities";
        for (String who : List.of(community.lead(), member, outsider)) {
            fixtures.get(who, list).expectStatus().isOk();
            fixtures.get(who, list + "?when=PAST").expectStatus().isOk();
            fixtures.get(who, list + "?limit=1").expectStatus().isOk();
        }
        fixtures.get(outsider, "/api/v1/activities?regionId=" + community.regionId())
                .expectStatus()
                .isOk();
        fixtures.get(member, "/api/v1/activities/schedule").expectStatus().isOk();
        fixtures.get(member, "/api/v1/activities/schedule?when=PAST")
                .expectStatus()
                .isOk();
        fixtures.get(waiting, "/api/v1/activities/" + activity + "/registrations/me")
                .expectStatus()
                .isOk();
        for (String status : List.of("CONFIRMED", "WAITLISTED", "CANCELLED")) {
            fixtures.get(community.lead(), "/api/v1/activities/" + activity + "/registrations?status=" + status)
                    .expectStatus()
                    .isOk();
        }
        fixtures.get(member, "/api/v1/activities/" + activity + "/seats")
                .expectStatus()
                .isOk();
        http.delete()
                .uri("/api/v1/activities/" + activity + "/registrations/me")
                .header("Authorization", LearningFixtures.bearer(member))
                .exchange()
                .expectStatus()
                .isOk();
        fixtures.startOf(activity, waiting);
        fixtures.get(community.lead(), "/api/v1/activities/" + activity + "/attendance")
                .expectStatus()
                .isOk();
        http.put()
                .uri("/api/v1/activities/" + activity + "/attendance/" + waiting)
                .header("Authorization", LearningFixtures.bearer(community.lead()))
                .exchange()
                .expectStatus()
                .isOk();
        fixtures.post(community.lead(), "/api/v1/activities/" + activity + "/complete", null)
                .expectStatus()
                .isOk();
        await().until(() -> fixtures.json(waiting, "/api/v1/learning-records/me/activities")
                        .get("items")
                        .size()
                == 1);
        String code = fixtures.json(waiting, "/api/v1/learning-records/me/activities")
                .get("items")
                .get(0)
                .get("certificateCode")
                .asString();
        http.get()
                .uri("/api/v1/certificates/" + code + "/verification")
                .exchange()
                .expectStatus()
                .isOk();

        new IndexCoverage(mongo, recorder)
                .assertEveryQueryServed(COLLECTIONS, "activities", "registrations", "seat_ledgers");
    }
}
