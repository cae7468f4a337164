package id.kombel.discussion.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Committing to try a solution, reporting the outcome, and the follow-up when the date passes. */
@IntegrationTest
@AutoConfigureRestTestClient
class TrialTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Clock clock;

    DiscussionFixtures fixtures;
    Community community;
    String problemId;
    String solutionId;
    LocalDate today;

    @BeforeEach
    void aSolution() {
        fixtures = new DiscussionFixtures(http, replicas);
        community = fixtures.activeCommunity();
        problemId = fixtures.problemId(community.member(), community.id(), "Siswa bosan", false);
        solutionId = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");
        today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void aMemberCommitsReportsTheOutcomeAndTheSolutionCountsIt() {
        JsonNode trial = commit(community.member(), today.plusDays(7));
        String trialId = trial.get("id").asString();
        assertThat(trial.get("dueOn").asString()).isEqualTo(today.plusDays(7).toString());

        fixtures.post(community.peer(), "/api/v1/trials/" + trialId + "/outcome", outcome("WORKED"))
                .expectStatus()
                .isForbidden();
        JsonNode reported =
                fixtures.postOk(community.member(), "/api/v1/trials/" + trialId + "/outcome", outcome("PARTLY"));
        assertThat(reported.get("outcome").asString()).isEqualTo("PARTLY");
        assertThat(reported.get("evidenceUrl").asString()).isEqualTo("https://drive.example.id/foto");
        fixtures.post(community.member(), "/api/v1/trials/" + trialId + "/outcome", outcome("WORKED"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/outcome-reported");

        JsonNode outcomes = fixtures.json(community.peer(), "/api/v1/solutions/" + solutionId)
                .get("outcomes");
        assertThat(outcomes.get("PARTLY").asInt()).isEqualTo(1);
        assertThat(outcomes.get("WORKED").asInt()).isZero();
        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.TRIAL)) {
            await().until(() -> topic.recordsOf(trialId).size() == 2);
            topic.recordsOf(trialId).forEach(EventContract.load()::assertConforms);
        }
    }

    @Test
    void refusesADateInThePastAnEvidenceLinkThatIsNotHttpAndASecondTrial() {
        fixtures.post(
                        community.member(),
                        "/api/v1/solutions/" + solutionId + "/trials",
                        "{\"dueOn\":\"" + today.minusDays(1) + "\"}")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/trial-date-out-of-range");
        String trialId = commit(community.member(), today).get("id").asString();
        fixtures.post(
                        community.member(),
                        "/api/v1/solutions/" + solutionId + "/trials",
                        "{\"dueOn\":\"" + today + "\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/trial-exists");
        fixtures.post(community.member(), "/api/v1/trials/" + trialId + "/outcome", """
                {"outcome":"WORKED","note":"Bagus","evidenceUrl":"javascript:alert(1)"}""")
                .expectStatus()
                .isBadRequest();

        assertThat(fixtures.json(community.member(), "/api/v1/trials/" + trialId)
                        .hasNonNull("outcome"))
                .isFalse();
        assertThat(mongo.count(
                        new org.springframework.data.mongodb.core.query.Query(
                                org.springframework.data.mongodb.core.query.Criteria.where("solutionId")
                                        .is(solutionId)),
                        "trials"))
                .isEqualTo(1);
    }

    @Test
    void theFollowUpIsRaisedExactlyOnceWhenTwoSweepersRace() throws Exception {
        String due = commit(community.member(), today).get("id").asString();
        String reported = commit(community.peer(), today).get("id").asString();
        fixtures.postOk(community.peer(), "/api/v1/trials/" + reported + "/outcome", outcome("WORKED"));
        String later = commit(community.coLead(), today.plusDays(30)).get("id").asString();
        Instant afterTheDate = clock.instant().plus(Duration.ofDays(2));
        TrialFollowUps first = new TrialFollowUps(store, mongo, clock);
        TrialFollowUps second = new TrialFollowUps(store, mongo, clock);
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> sweepAfter(start, first, afterTheDate));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> sweepAfter(start, second, afterTheDate));
        one.get();
        two.get();
        first.sweep(afterTheDate);

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.TRIAL)) {
            await().until(() -> followUps(topic, due) == 1);
            assertThat(followUps(topic, due)).isEqualTo(1);
            assertThat(followUps(topic, reported)).isZero();
            assertThat(followUps(topic, later)).isZero();
            topic.recordsOf(due).forEach(EventContract.load()::assertConforms);
        }
        assertThat(fixtures.json(community.member(), "/api/v1/trials/" + due)
                        .get("version")
                        .asLong())
                .isEqualTo(2);
    }

    private static int sweepAfter(CyclicBarrier start, TrialFollowUps sweeper, Instant now) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sweeper.sweep(now);
    }

    private static long followUps(KafkaProbe topic, String trialId) {
        return topic.recordsOf(trialId).stream()
                .filter(r -> "TrialFollowUpDue".equals(KafkaProbe.header(r, "ce_type")))
                .count();
    }

    private JsonNode commit(String memberId, LocalDate dueOn) {
        return fixtures.postOk(
                memberId, "/api/v1/solutions/" + solutionId + "/trials", "{\"dueOn\":\"" + dueOn + "\"}");
    }

    private static String outcome(String outcome) {
        return """
                {"outcome":"%s","note":"Siswa lebih aktif","evidenceUrl":"https://drive.example.id/foto"}""".formatted(outcome);
    }
}
