package id.kombel.discussion.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import id.kombel.test.TestIdentity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The counters lists sort and show by are recounted from what they count, never incremented: a
 * change stored without its recount (a crash between the two writes) is counted when its event is
 * read back, a redelivered event cannot count twice, and drift that exists already is repaired by a
 * full recount.
 */
@IntegrationTest
@AutoConfigureRestTestClient
class CounterDriftTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aVoteAndAReplyStoredWithoutTheirRecountAreCountedWhenTheirEventsAreReadBack() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problemId = fixtures.problemId(community.member(), community.id(), "Siswa bosan", false);
        String solutionId = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");
        Solution solution = store.findById(solutionId, Solution.class).orElseThrow();

        // what a request writes before it dies: the vote and the reply with their events, no recount
        store.insert(Vote.cast(solution, community.coLead(), Instant.now()));
        store.insert(Reply.post(
                UUID.randomUUID().toString(), solution, community.lead(), community.lead(), "Bagus", Instant.now()));
        assertThat(solutionDocument(solutionId).getInteger("helpfulVotes")).isZero();

        await("the events read back recount the solution and the problem").untilAsserted(() -> {
            JsonNode shown = fixtures.json(community.member(), "/api/v1/solutions/" + solutionId);
            assertThat(shown.get("helpfulVotes").asInt()).isEqualTo(1);
            assertThat(shown.get("replyCount").asInt()).isEqualTo(1);
            assertThat(fixtures.json(community.member(), "/api/v1/problems/" + problemId)
                            .get("helpfulVotes")
                            .asInt())
                    .isEqualTo(1);
        });
    }

    @Test
    void aRedeliveredVoteEventRecountsInsteadOfCountingAgain() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problemId = fixtures.problemId(community.member(), community.id(), "Siswa ramai", false);
        String solutionId = fixtures.solutionId(community.peer(), problemId, "Tanda tenang");
        String voteId = Vote.idOf(solutionId, community.coLead());
        try (KafkaProbe votes = KafkaProbe.on(DiscussionTopics.VOTE)) {
            assertThat(fixtures.postOk(community.coLead(), "/api/v1/solutions/" + solutionId + "/votes", null)
                            .get("helpfulVotes")
                            .asInt())
                    .isEqualTo(1);
            ConsumerRecord<String, byte[]> voted = votes.await("the vote", record -> voteId.equals(record.key()));

            // a counter gone wrong, then the same event again: as a redelivery, and past the consumer's
            // inbox (as if its entry were lost, or the topic replayed) with a later version
            setCounter("solutions", solutionId, "helpfulVotes", 5);
            setCounter("problems", problemId, "helpfulVotes", 5);
            String body = KafkaProbe.body(voted);
            String eventId = KafkaProbe.header(voted, "ce_id");
            votes.send(votes.event("SolutionVoted", eventId, voteId, 1, body));
            votes.send(votes.event("SolutionVoted", eventId, voteId, 2, body));
            votes.send(votes.event("SolutionVoted", UUID.randomUUID().toString(), voteId, 3, body));
        }

        await("the redelivered events recount the one vote there is").untilAsserted(() -> {
            assertThat(solutionDocument(solutionId).getInteger("helpfulVotes")).isEqualTo(1);
            assertThat(problemDocument(problemId).getInteger("helpfulVotes")).isEqualTo(1);
        });
        assertThat(fixtures.json(community.member(), "/api/v1/solutions/" + solutionId)
                        .get("helpfulVotes")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aFullRecountRepairsDriftThatAlreadyExistsAndOnlyPlatformAdminsMayRunIt() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problemId = fixtures.problemId(community.member(), community.id(), "Asesmen", false);
        String solutionId = fixtures.solutionId(community.peer(), problemId, "Rubrik");
        fixtures.solutionId(community.coLead(), problemId, "Kuis singkat");
        fixtures.postOk(community.member(), "/api/v1/solutions/" + solutionId + "/votes", null);
        fixtures.postOk(community.member(), "/api/v1/solutions/" + solutionId + "/replies", "{\"body\":\"Coba\"}");
        String trial = fixtures.postOk(
                        community.member(),
                        "/api/v1/solutions/" + solutionId + "/trials",
                        "{\"dueOn\":\"" + LocalDate.now().plusDays(2) + "\"}")
                .get("id")
                .asString();
        fixtures.postOk(
                community.member(), "/api/v1/trials/" + trial + "/outcome", "{\"outcome\":\"PARTLY\",\"note\":\"Ok\"}");
        // each change is recounted twice, by its request and when its event is read back: wait for all
        await("every event is read back").untilAsserted(() -> {
            assertThat(problemDocument(problemId).get("countedTicket")).isEqualTo(8L); // posted, 2 solutions, vote
            assertThat(solutionDocument(solutionId).get("countedTicket"))
                    .isEqualTo(8L); // proposed, vote, reply, outcome
        });

        setCounter("problems", problemId, "solutionCount", 7);
        setCounter("problems", problemId, "helpfulVotes", -3);
        setCounter("solutions", solutionId, "helpfulVotes", 9);
        setCounter("solutions", solutionId, "replyCount", 0);
        setCounter("solutions", solutionId, "outcomes.PARTLY", 4);
        setCounter("solutions", solutionId, "outcomes.WORKED", 2);

        http.post()
                .uri("/actuator/counters")
                .header("Authorization", DiscussionFixtures.member(community.lead()))
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(problemDocument(problemId).getInteger("solutionCount")).isEqualTo(7);
        assertThat(solutionDocument(solutionId).getInteger("helpfulVotes")).isEqualTo(9);

        JsonNode recounted = http.post()
                .uri("/actuator/counters")
                .header("Authorization", "Bearer " + TestIdentity.shared().platformAdmin("ops"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(recounted.get("problems").asLong()).isPositive();
        assertThat(recounted.get("solutions").asLong()).isGreaterThanOrEqualTo(2);

        JsonNode problem = fixtures.json(community.member(), "/api/v1/problems/" + problemId);
        assertThat(problem.get("solutionCount").asInt()).isEqualTo(2);
        assertThat(problem.get("helpfulVotes").asInt()).isEqualTo(1);
        JsonNode solution = fixtures.json(community.member(), "/api/v1/solutions/" + solutionId);
        assertThat(solution.get("helpfulVotes").asInt()).isEqualTo(1);
        assertThat(solution.get("replyCount").asInt()).isEqualTo(1);
        assertThat(solution.get("outcomes").get("PARTLY").asInt()).isEqualTo(1);
        assertThat(solution.get("outcomes").get("WORKED").asInt()).isZero();
    }

    private void setCounter(String collection, String id, String field, int value) {
        mongo.getCollection(collection).updateOne(Filters.eq("_id", id), Updates.set(field, value));
    }

    private Document solutionDocument(String solutionId) {
        return mongo.getCollection("solutions")
                .find(Filters.eq("_id", solutionId))
                .first();
    }

    private Document problemDocument(String problemId) {
        return mongo.getCollection("problems")
                .find(Filters.eq("_id", problemId))
                .first();
    }
}
