package id.kombel.learning.registration;

import static id.kombel.learning.LearningFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.learning.LearningFixtures;
import id.kombel.learning.LearningFixtures.Community;
import id.kombel.learning.LearningTestConfiguration;
import id.kombel.learning.TestClock;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Registrations: capacity under concurrency, the waitlist and its promotion, who may register. */
@IntegrationTest
@Import(LearningTestConfiguration.class)
@AutoConfigureRestTestClient
class RegistrationApiTest {

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
    void fiftyParallelRegistrationsForTenSeatsConfirmTenAndWaitlistFortyInOrder() throws Exception {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 10, false));
        List<String> members = IntStream.range(0, 50)
                .mapToObj(i -> fixtures.memberOf(community))
                .toList();

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<JsonNode>> answers = new ArrayList<>();
        try {
            for (String member : members) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return fixtures.register(member, activity);
                }));
            }
            go.countDown();
            for (Future<JsonNode> answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonNode> registrations = members.stream()
                .map(member -> fixtures.json(member, "/api/v1/activities/" + activity + "/registrations/me"))
                .toList();
        assertThat(registrations)
                .filteredOn(r -> r.get("status").asString().equals("CONFIRMED"))
                .hasSize(10);
        List<JsonNode> waiting = registrations.stream()
                .filter(r -> r.get("status").asString().equals("WAITLISTED"))
                .sorted(Comparator.comparingInt(r -> r.get("position").asInt()))
                .toList();
        assertThat(waiting).hasSize(40);
        assertThat(waiting.stream().map(r -> r.get("position").asInt()))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        JsonNode seats = fixtures.json(community.lead(), "/api/v1/activities/" + activity + "/seats");
        assertThat(seats.get("confirmed").asInt()).isEqualTo(10);
        assertThat(seats.get("free").asInt()).isZero();
        assertThat(seats.get("waitlisted").asInt()).isEqualTo(40);

        // the lead's waitlist is in the same order: arrival order at the ledger
        List<String> waitlist = new ArrayList<>();
        fixtures.json(community.lead(), "/api/v1/activities/" + activity + "/registrations?status=WAITLISTED&limit=100")
                .get("items")
                .forEach(item -> waitlist.add(item.get("memberId").asString()));
        assertThat(waitlist)
                .containsExactlyElementsOf(
                        waiting.stream().map(r -> r.get("memberId").asString()).toList());
    }

    @Test
    void aCancellationPromotesTheFirstOnTheWaitlist() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 1, false));
        String first = fixtures.memberOf(community);
        String second = fixtures.memberOf(community);
        String third = fixtures.memberOf(community);

        assertThat(fixtures.register(first, activity).get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode secondWaits = fixtures.register(second, activity);
        assertThat(secondWaits.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(secondWaits.get("position").asInt()).isEqualTo(1);
        assertThat(fixtures.register(third, activity).get("position").asInt()).isEqualTo(2);

        try (KafkaProbe topic = KafkaProbe.on(Registration.TOPIC)) {
            cancel(first, activity)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("CANCELLED");

            JsonNode promoted = mine(second, activity);
            assertThat(promoted.get("status").asString()).isEqualTo("CONFIRMED");
            assertThat(promoted.get("promotedFromWaitlist").asBoolean()).isTrue();
            assertThat(mine(third, activity).get("position").asInt()).isEqualTo(1);

            String secondId = Registration.idOf(activity, second);
            ConsumerRecord<String, byte[]> confirmed = topic.await(
                    "promotion of " + second,
                    r -> secondId.equals(r.key()) && "RegistrationConfirmed".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(confirmed);
            assertThat(KafkaProbe.body(confirmed)).contains("\"promotedFromWaitlist\":true");
            String firstId = Registration.idOf(activity, first);
            EventContract.load()
                    .assertConforms(topic.await(
                            "cancellation of " + first,
                            r -> firstId.equals(r.key())
                                    && "RegistrationCancelled".equals(KafkaProbe.header(r, "ce_type"))));
            EventContract.load()
                    .assertConforms(topic.await(
                            "waitlisting of " + third,
                            r -> Registration.idOf(activity, third).equals(r.key())
                                    && "RegistrationWaitlisted".equals(KafkaProbe.header(r, "ce_type"))));
        }

        cancel(second, activity).expectStatus().isOk();
        assertThat(mine(third, activity).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(ledger(activity).getList("holders", String.class))
                .containsExactly(Registration.idOf(activity, third));
    }

    @Test
    void aNonMemberCannotRegisterForAnActivityClosedToOtherCommunities() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 10, false));
        String outsider = fixtures.memberOf(fixtures.activeCommunityInSleman());

        fixtures.post(outsider, "/api/v1/activities/" + activity + "/registrations", null)
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("not-found"));

        assertThat(mongo.count(Query.query(Criteria.where("activityId").is(activity)), Registration.class))
                .isZero();
        assertThat(mongo.findById(activity, Document.class, SeatLedger.COLLECTION))
                .isNull();
    }

    @Test
    void aMemberOfAnotherCommunityRegistersForAnOpenActivity() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 10, true));
        String guest = fixtures.memberOf(fixtures.activeCommunityInSleman());

        JsonNode registration = fixtures.register(guest, activity);

        assertThat(registration.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(registration.get("id").asString()).isEqualTo(activity + ":" + guest);
        JsonNode schedule = fixtures.json(guest, "/api/v1/activities/schedule");
        assertThat(schedule.get("items").get(0).get("activityId").asString()).isEqualTo(activity);
    }

    @Test
    void registeringTwiceIsAConflictAndTakesNoSecondSeat() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 10, false));
        String member = fixtures.memberOf(community);
        fixtures.register(member, activity);

        fixtures.post(member, "/api/v1/activities/" + activity + "/registrations", null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("already-registered"));

        assertThat(ledger(activity).getInteger("free")).isEqualTo(9);
    }

    @Test
    void aDraftTakesNoRegistrations() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.draft(community, fixtures.workshop(community, 10, false));

        fixtures.post(community.coLead(), "/api/v1/activities/" + activity + "/registrations", null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("registration-closed"));
        assertThat(mongo.count(Query.query(Criteria.where("activityId").is(activity)), Registration.class))
                .isZero();
    }

    /** A crash after the ledger gave the seat but before the registration recorded it: a retry keeps that one seat. */
    @Test
    void aRetryAfterACrashBetweenSeatAndRegistrationKeepsOneSeat() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 2, false));
        String member = fixtures.memberOf(community);
        String id = Registration.idOf(activity, member);
        // what the first attempt left: its pending registration and its seat in the ledger
        fixtures.register(member, activity);
        mongo.getCollection(Registration.COLLECTION)
                .updateOne(new Document("_id", id), new Document("$set", new Document("status", "PENDING")));

        JsonNode retried = fixtures.register(member, activity);

        assertThat(retried.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(ledger(activity).getInteger("free")).isEqualTo(1);
        assertThat(ledger(activity).getList("holders", String.class)).containsExactly(id);
    }

    @Test
    void cancellingAnActivityTellsEveryRegistrant() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 1, false));
        List<String> members =
                List.of(fixtures.memberOf(community), fixtures.memberOf(community), fixtures.memberOf(community));
        members.forEach(member -> fixtures.register(member, activity));

        try (KafkaProbe topic = KafkaProbe.on(Registration.TOPIC)) {
            fixtures.post(
                            community.lead(),
                            "/api/v1/activities/" + activity + "/cancel",
                            "{\"reason\":\"Narasumber sakit\"}")
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.cancellationReason")
                    .isEqualTo("Narasumber sakit");
            for (String member : members) {
                String id = Registration.idOf(activity, member);
                ConsumerRecord<String, byte[]> cancelled = topic.await(
                        "cancellation of " + member,
                        r -> id.equals(r.key()) && "RegistrationCancelled".equals(KafkaProbe.header(r, "ce_type")));
                EventContract.load().assertConforms(cancelled);
                assertThat(KafkaProbe.body(cancelled)).contains("\"reason\":\"ACTIVITY_CANCELLED\"");
            }
        }
        await("registrations cancelled")
                .untilAsserted(() -> members.forEach(member -> assertThat(
                                mine(member, activity).get("cancellationReason").asString())
                        .isEqualTo("ACTIVITY_CANCELLED")));
        try (KafkaProbe topic = KafkaProbe.on("learning.activity")) {
            EventContract.load()
                    .assertConforms(topic.await(
                            "ActivityCancelled",
                            r -> activity.equals(r.key())
                                    && "ActivityCancelled".equals(KafkaProbe.header(r, "ce_type"))));
        }
    }

    private JsonNode mine(String member, String activity) {
        return fixtures.json(member, "/api/v1/activities/" + activity + "/registrations/me");
    }

    private RestTestClient.ResponseSpec cancel(String member, String activity) {
        return http.delete()
                .uri("/api/v1/activities/" + activity + "/registrations/me")
                .header("Authorization", LearningFixtures.bearer(member))
                .exchange();
    }

    private Document ledger(String activity) {
        return mongo.findById(activity, Document.class, SeatLedger.COLLECTION);
    }
}
