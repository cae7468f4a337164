package id.kombel.learning.attendance;

import static id.kombel.learning.LearningFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.learning.LearningFixtures;
import id.kombel.learning.LearningFixtures.Community;
import id.kombel.learning.LearningTestConfiguration;
import id.kombel.learning.TestClock;
import id.kombel.learning.registration.Registration;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Check-in with the facilitator's rotating code, only while the activity runs; marking; the report. */
@IntegrationTest
@Import(LearningTestConfiguration.class)
@AutoConfigureRestTestClient
class AttendanceApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    TestClock clock;

    LearningFixtures fixtures;
    Community community;
    String activity;
    String member;

    @BeforeEach
    void setUp() {
        fixtures = new LearningFixtures(http, replicas, clock);
        community = fixtures.activeCommunityInSleman();
        activity = fixtures.published(community, fixtures.workshop(community, 10, false));
        member = fixtures.memberOf(community);
        fixtures.register(member, activity);
    }

    @Test
    void aConfirmedRegistrantChecksInWithTheCurrentCode() {
        fixtures.startOf(activity, member);
        String code = code();

        try (KafkaProbe topic = KafkaProbe.on(Registration.TOPIC)) {
            checkIn(member, code)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.attended")
                    .isEqualTo(true);
            String id = Registration.idOf(activity, member);
            EventContract.load()
                    .assertConforms(topic.await(
                            "attendance of " + member,
                            r -> id.equals(r.key()) && "AttendanceRecorded".equals(KafkaProbe.header(r, "ce_type"))));
        }
        JsonNode report = fixtures.json(community.lead(), "/api/v1/activities/" + activity + "/attendance");
        assertThat(report.get("confirmed").asInt()).isEqualTo(1);
        assertThat(report.get("attended").asInt()).isEqualTo(1);
        assertThat(report.get("attendees").get("items").get(0).get("method").asString())
                .isEqualTo("CHECK_IN");
    }

    @Test
    void theCodeOfThePreviousWindowStillWorksButAnOlderOneHasExpired() {
        fixtures.startOf(activity, member);
        String code = code();
        String other = fixtures.memberOf(community);
        fixtures.register(other, activity);

        clock.advance(CheckInCodes.WINDOW);
        checkIn(member, code).expectStatus().isOk();

        clock.advance(CheckInCodes.WINDOW.multipliedBy(2));
        checkIn(other, code)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("invalid-check-in-code"));
        assertThat(attendance(other).has("attendedAt")).isFalse();
    }

    @Test
    void checkInIsClosedBeforeTheGraceWindowAndAfterTheEnd() {
        Instant start = Instant.parse(fixtures.json(member, "/api/v1/activities/" + activity)
                .get("startsAt")
                .asString());
        clock.advanceTo(start.minus(Duration.ofMinutes(20)));
        checkIn(member, code())
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("check-in-closed"));
        assertThat(attendance(member).has("attendedAt")).isFalse();

        clock.advanceTo(start.plus(Duration.ofHours(2)).plusSeconds(30));
        checkIn(member, code())
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("check-in-closed"));
        assertThat(attendance(member).has("attendedAt")).isFalse();
    }

    @Test
    void aWrongCodeIsRefusedAndRepeatedGuessingLocksCheckIn() {
        fixtures.startOf(activity, member);
        String wrong = code().equals("000000") ? "000001" : "000000";
        for (int i = 0; i < AttendanceService.MAX_WRONG_CODES; i++) {
            checkIn(member, wrong).expectStatus().isEqualTo(422);
        }
        checkIn(member, code())
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("check-in-locked"));
        assertThat(attendance(member).has("attendedAt")).isFalse();
    }

    @Test
    void guessesSentSideBySideGetNoMoreTriesThanGuessesSentOneByOne() throws Exception {
        fixtures.startOf(activity, member);
        String right = code();
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String guess = "%06d".formatted(100000 + i);
            if (!guess.equals(right)) {
                guesses.add(() -> checkIn(member, guess)
                        .expectBody()
                        .returnResult()
                        .getStatus()
                        .value());
            }
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService bots = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> answer : bots.invokeAll(guesses)) {
                statuses.add(answer.get());
            }
        } finally {
            bots.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 422).hasSize(AttendanceService.MAX_WRONG_CODES);
        assertThat(statuses)
                .filteredOn(status -> status == 409)
                .hasSize(guesses.size() - AttendanceService.MAX_WRONG_CODES);
        checkIn(member, code()).expectStatus().isEqualTo(409);
        assertThat(attendance(member).has("attendedAt")).isFalse();
    }

    @Test
    void aRightCodeDoesNotCountAsAGuess() {
        fixtures.startOf(activity, member);
        String wrong = code().equals("000000") ? "000001" : "000000";
        for (int i = 0; i < AttendanceService.MAX_WRONG_CODES - 1; i++) {
            checkIn(member, wrong).expectStatus().isEqualTo(422);
        }
        checkIn(member, code()).expectStatus().isOk();
        checkIn(member, code()).expectStatus().isOk(); // again: still attended, nothing counted
        assertThat(attendance(member).has("attendedAt")).isTrue();
    }

    @Test
    void onlyConfirmedRegistrantsCheckInAndOnlyLeadsSeeTheCode() {
        String unregistered = fixtures.memberOf(community);
        fixtures.startOf(activity, member);

        checkIn(unregistered, code())
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("not-found"));
        fixtures.get(member, "/api/v1/activities/" + activity + "/check-in-code")
                .expectStatus()
                .isForbidden();
    }

    @Test
    void theFacilitatorMarksAndUnmarksAttendance() {
        fixtures.startOf(activity, member);
        String uri = "/api/v1/activities/" + activity + "/attendance/" + member;

        http.put()
                .uri(uri)
                .header("Authorization", LearningFixtures.bearer(community.coLead()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.method")
                .isEqualTo("MARKED");
        http.put()
                .uri(uri)
                .header("Authorization", LearningFixtures.bearer(member))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.delete()
                .uri(uri)
                .header("Authorization", LearningFixtures.bearer(community.lead()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.attended")
                .isEqualTo(false);
        assertThat(fixtures.json(community.lead(), "/api/v1/activities/" + activity + "/attendance")
                        .get("attended")
                        .asInt())
                .isZero();
    }

    private String code() {
        return fixtures.json(community.lead(), "/api/v1/activities/" + activity + "/check-in-code")
                .get("code")
                .asString();
    }

    private RestTestClient.ResponseSpec checkIn(String who, String code) {
        return fixtures.post(who, "/api/v1/activities/" + activity + "/check-ins", "{\"code\":\"" + code + "\"}");
    }

    private JsonNode attendance(String who) {
        return fixtures.json(who, "/api/v1/activities/" + activity + "/registrations/me");
    }
}
