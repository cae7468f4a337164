package id.kombel.learning.goal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.learning.ContentFixtures;
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

/** Personal learning goals. */
@IntegrationTest
@AutoConfigureRestTestClient
class GoalTest {

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

    static String differentiatedLearning(int progress) {
        return """
                {"title":"Menerapkan pembelajaran berdiferensiasi","targetDate":"2026-12-31","progress":%d}""".formatted(progress);
    }

    RestTestClient.ResponseSpec update(String member, String uri, String ifMatch, String json) {
        return http.put()
                .uri(uri)
                .header("Authorization", ContentFixtures.bearer(member))
                .header("If-Match", ifMatch)
                .header("Content-Type", "application/json")
                .body(json)
                .exchange();
    }

    @Test
    void reachingOneHundredAchievesTheGoalOnce() {
        String teacher = ContentFixtures.newId("guru");
        String goalId;
        try (KafkaProbe topic = KafkaProbe.on(ContentTopics.GOAL)) {
            JsonNode goal = JSON.readTree(fixtures.post(teacher, "/api/v1/goals", differentiatedLearning(20))
                    .expectStatus()
                    .isCreated()
                    .expectBody()
                    .returnResult()
                    .getResponseBody());
            goalId = goal.get("id").asString();
            String uri = "/api/v1/goals/" + goalId;
            update(teacher, uri, "\"1\"", differentiatedLearning(100))
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.progress")
                    .isEqualTo(100)
                    .jsonPath("$.achievedAt")
                    .isNotEmpty();
            update(teacher, uri, "*", differentiatedLearning(90)).expectStatus().isOk();
            update(teacher, uri, "*", differentiatedLearning(100))
                    .expectStatus()
                    .isOk();

            ConsumerRecord<String, byte[]> achieved = topic.await(
                    "GoalAchieved",
                    r -> goalId.equals(r.key()) && "GoalAchieved".equals(KafkaProbe.header(r, "ce_type")));
            EventContract contract = EventContract.load();
            contract.assertConforms(achieved);
            topic.await(
                    "GoalProgressed to 100 again",
                    r -> goalId.equals(r.key()) && KafkaProbe.body(r).contains("\"previousProgress\":90"));
            List<ConsumerRecord<String, byte[]>> events = topic.recordsOf(goalId);
            events.forEach(contract::assertConforms);
            assertThat(events)
                    .extracting(r -> KafkaProbe.header(r, "ce_type"))
                    .containsExactly("GoalSet", "GoalProgressed", "GoalAchieved", "GoalProgressed", "GoalProgressed");
        }
    }

    @Test
    void aStaleIfMatchOrAnOutOfRangeProgressChangesNothing() {
        String teacher = ContentFixtures.newId("guru");
        String uri = fixtures.post(teacher, "/api/v1/goals", differentiatedLearning(10))
                .expectStatus()
                .isCreated()
                .returnResult()
                .getResponseHeaders()
                .getLocation()
                .toString();
        update(teacher, uri, "\"7\"", differentiatedLearning(50))
                .expectStatus()
                .isEqualTo(412)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "stale-version");
        update(teacher, uri, "*", differentiatedLearning(101))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "validation");
        fixtures.get(teacher, uri)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.progress")
                .isEqualTo(10);
    }

    @Test
    void aGoalIsInvisibleToEveryoneButItsMember() {
        String teacher = ContentFixtures.newId("guru");
        String other = ContentFixtures.newId("guru");
        String uri = fixtures.post(teacher, "/api/v1/goals", differentiatedLearning(0))
                .expectStatus()
                .isCreated()
                .returnResult()
                .getResponseHeaders()
                .getLocation()
                .toString();
        fixtures.get(other, uri).expectStatus().isNotFound();
        update(other, uri, "*", differentiatedLearning(100)).expectStatus().isNotFound();
        fixtures.get(other, "/api/v1/goals")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(0);
        fixtures.get(teacher, "/api/v1/goals")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].progress")
                .isEqualTo(0);
    }
}
