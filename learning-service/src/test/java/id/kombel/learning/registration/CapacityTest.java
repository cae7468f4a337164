package id.kombel.learning.registration;

import static id.kombel.learning.LearningFixtures.bearer;
import static id.kombel.learning.LearningFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.learning.LearningFixtures;
import id.kombel.learning.LearningFixtures.Community;
import id.kombel.learning.LearningTestConfiguration;
import id.kombel.learning.TestClock;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.Document;
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

/**
 * An activity's capacity never drops below its confirmed registrations: such a change is refused (422
 * {@code capacity-below-confirmed}), nobody is unseated, free seats never go negative, and registrations
 * racing with a lower capacity never take more seats than it.
 */
@IntegrationTest
@Import(LearningTestConfiguration.class)
@AutoConfigureRestTestClient
class CapacityTest {

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
    void aCapacityBelowTheConfirmedRegistrationsIsRefusedAndChangesNothing() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 3, false));
        IntStream.range(0, 3).forEach(i -> fixtures.register(fixtures.memberOf(community), activity));
        JsonNode before = fixtures.json(community.lead(), "/api/v1/activities/" + activity);
        Document ledgerBefore = ledger(activity);

        update(community, activity, before.get("version").asLong(), 2, "en")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("capacity-below-confirmed"))
                .jsonPath("$.title")
                .isEqualTo("Capacity below confirmed registrations")
                .jsonPath("$.detail")
                .isEqualTo("3 registrations are already confirmed, so the capacity cannot be lowered to 2.");
        update(community, activity, before.get("version").asLong(), 1, "id")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Kapasitas di bawah peserta terkonfirmasi");

        assertThat(fixtures.json(community.lead(), "/api/v1/activities/" + activity))
                .isEqualTo(before);
        assertThat(ledger(activity)).isEqualTo(ledgerBefore);
        JsonNode seats = fixtures.json(community.lead(), "/api/v1/activities/" + activity + "/seats");
        assertThat(seats.get("capacity").asInt()).isEqualTo(3);
        assertThat(seats.get("confirmed").asInt()).isEqualTo(3);
        assertThat(seats.get("free").asInt()).isZero();
    }

    @Test
    void aCapacityLoweredToTheConfirmedRegistrationsLeavesNoSeatAndTheNextWaits() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 5, false));
        fixtures.register(fixtures.memberOf(community), activity);
        fixtures.register(fixtures.memberOf(community), activity);
        long version = fixtures.json(community.lead(), "/api/v1/activities/" + activity)
                .get("version")
                .asLong();

        update(community, activity, version, 2, "id")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.capacity")
                .isEqualTo(2);

        assertThat(ledger(activity).getInteger("capacity")).isEqualTo(2);
        assertThat(ledger(activity).getInteger("free")).isZero();
        assertThat(fixtures.register(fixtures.memberOf(community), activity)
                        .get("status")
                        .asString())
                .isEqualTo("WAITLISTED");
        JsonNode seats = fixtures.json(community.lead(), "/api/v1/activities/" + activity + "/seats");
        assertThat(seats.get("confirmed").asInt()).isEqualTo(2);
        assertThat(seats.get("free").asInt()).isZero();
        assertThat(seats.get("waitlisted").asInt()).isEqualTo(1);
    }

    @Test
    void registrationsRacingALowerCapacityNeverTakeMoreSeatsThanItHas() throws Exception {
        for (int round = 0; round < 3; round++) {
            Community community = fixtures.activeCommunityInSleman();
            String activity = fixtures.published(community, fixtures.workshop(community, 10, false));
            IntStream.range(0, 4).forEach(i -> fixtures.register(fixtures.memberOf(community), activity));
            long version = fixtures.json(community.lead(), "/api/v1/activities/" + activity)
                    .get("version")
                    .asLong();
            List<String> racers = IntStream.range(0, 12)
                    .mapToObj(i -> fixtures.memberOf(community))
                    .toList();

            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(13);
            List<Future<?>> done = new ArrayList<>();
            int status;
            try {
                for (String racer : racers) {
                    done.add(pool.submit(() -> {
                        go.await();
                        return fixtures.register(racer, activity);
                    }));
                }
                Future<Integer> change = pool.submit(() -> {
                    go.await();
                    return update(community, activity, version, 6, "id")
                            .returnResult()
                            .getStatus()
                            .value();
                });
                go.countDown();
                for (Future<?> registration : done) {
                    registration.get();
                }
                status = change.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(status).isIn(200, 422);
            int capacity = status == 200 ? 6 : 10;

            JsonNode stored = fixtures.json(community.lead(), "/api/v1/activities/" + activity);
            assertThat(stored.get("capacity").asInt()).isEqualTo(capacity);
            Document ledger = ledger(activity);
            assertThat(ledger.getInteger("capacity")).isEqualTo(capacity);
            assertThat(ledger.getInteger("free")).isGreaterThanOrEqualTo(0);
            assertThat(ledger.getList("holders", String.class))
                    .hasSize(capacity - ledger.getInteger("free"))
                    .hasSizeLessThanOrEqualTo(capacity);
            await("the registrations follow the seats")
                    .untilAsserted(() -> assertThat(confirmed(activity))
                            .isEqualTo(ledger(activity)
                                    .getList("holders", String.class)
                                    .size()));
            assertThat(confirmed(activity)).isLessThanOrEqualTo(capacity);
        }
    }

    private RestTestClient.ResponseSpec update(
            Community community, String activity, long version, int capacity, String language) {
        return http.put()
                .uri("/api/v1/activities/" + activity)
                .header("Authorization", bearer(community.lead()))
                .header("If-Match", "\"" + version + "\"")
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .body(fixtures.workshop(community, capacity, false))
                .exchange();
    }

    private long confirmed(String activity) {
        return mongo.count(
                Query.query(
                        Criteria.where("activityId").is(activity).and("status").is(RegistrationStatus.CONFIRMED)),
                Registration.class);
    }

    private Document ledger(String activity) {
        return mongo.findById(activity, Document.class, SeatLedger.COLLECTION);
    }
}
