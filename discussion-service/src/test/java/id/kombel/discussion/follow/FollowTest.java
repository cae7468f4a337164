package id.kombel.discussion.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Authors follow what they post; followers are told of changes one event each, never of their own,
 * and the problem's author hears of a new solution once (as NEW_SOLUTION, from SolutionProposed), not
 * again as a follower. A change fanned out again tells nobody twice.
 */
@IntegrationTest
@AutoConfigureRestTestClient
class FollowTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    Follows follows;

    @Autowired
    MongoTemplate mongo;

    @Test
    void eachFollowerButTheActorAndTheProblemsAuthorIsToldOfANewSolution() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problemId = fixtures.problemId(community.member(), community.id(), "Siswa bosan", false);
        await("the author follows")
                .until(() -> fixtures.json(community.member(), "/api/v1/problems/" + problemId + "/follow")
                        .get("following")
                        .asBoolean());
        follow(community.coLead(), problemId, 201);
        follow(community.coLead(), problemId, 200);
        follow(community.peer(), problemId, 201);
        follow(community.lead(), problemId, 201);
        http.delete()
                .uri("/api/v1/problems/" + problemId + "/follow")
                .header("Authorization", DiscussionFixtures.member(community.lead()))
                .exchange()
                .expectStatus()
                .isOk();

        String solutionId = fixtures.solutionId(community.coLead(), problemId, "Kertas lipat");

        try (KafkaProbe solutions = KafkaProbe.on(DiscussionTopics.SOLUTION)) {
            ConsumerRecord<String, byte[]> proposed =
                    solutions.await("SolutionProposed", r -> solutionId.equals(r.key()));
            assertThat(KafkaProbe.body(proposed))
                    .as("the source of the author's NEW_SOLUTION")
                    .contains("\"problemAuthorId\":\"" + community.member() + "\"");
        }
        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.FOLLOW)) {
            await("the follower is told")
                    .until(() -> fannedOut(topic, problemId).stream()
                            .anyMatch(r -> KafkaProbe.body(r).contains("\"memberId\":\"" + community.peer() + "\"")));
            fannedOut(topic, problemId).forEach(EventContract.load()::assertConforms);
            assertThat(fannedOut(topic, problemId)).hasSize(1);
            assertThat(KafkaProbe.body(fannedOut(topic, problemId).get(0)))
                    .contains("\"change\":\"SOLUTION_PROPOSED\"", "\"title\":\"Siswa bosan\"")
                    .doesNotContain(community.coLead(), community.lead(), community.member());
        }
    }

    @Test
    void aChangeFannedOutAgainTellsNoFollowerTwiceEvenAfterLaterChanges() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problemId = fixtures.problemId(community.member(), community.id(), "Kelas ramai", false);
        await("the author follows")
                .until(() -> fixtures.json(community.member(), "/api/v1/problems/" + problemId + "/follow")
                        .get("following")
                        .asBoolean());
        follow(community.peer(), problemId, 201);
        String solutionId = fixtures.solutionId(community.coLead(), problemId, "Tepuk diam");

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.FOLLOW)) {
            ConsumerRecord<String, byte[]> told = topic.await(
                    "the follower told of the solution",
                    r -> KafkaProbe.header(r, "ce_subject").startsWith(problemId + ":"));
            String fanOutId = KafkaProbe.header(told, "ce_subject");
            String changeId = fanOutId.substring(problemId.length() + 1);
            assertThat(KafkaProbe.body(told)).contains("\"changeId\":\"" + changeId + "\"");

            // a later change of the same problem, then the first change's fan-out run again (a replay)
            fixtures.postOk(
                    community.lead(), "/api/v1/solutions/" + solutionId + "/replies", "{\"body\":\"Sudah dicoba?\"}");
            await("the reply is fanned out")
                    .until(() -> fannedOut(topic, problemId).size() == 3); // the peer and the author, of the reply
            long version = fanOut(fanOutId).get("version", Number.class).longValue();
            follows.fanOut(changeId, problemId, Change.SOLUTION_PROPOSED, community.coLead(), community.member());

            assertThat(fanOut(fanOutId).get("version", Number.class).longValue())
                    .as("nothing stored, so nothing published")
                    .isEqualTo(version);
            assertThat(fanOut(fanOutId).getList("outbox", Document.class)).isNullOrEmpty();
            assertThat(fannedOut(topic, problemId)).hasSize(3);
            assertThat(topic.recordsOf(fanOutId)).hasSize(1);
        }
    }

    @Test
    void aStrangerMayNotFollow() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problemId = fixtures.problemId(community.member(), community.id(), "Siswa bosan", false);
        String stranger = DiscussionFixtures.newMemberId("stranger");

        http.put()
                .uri("/api/v1/problems/" + problemId + "/follow")
                .header("Authorization", DiscussionFixtures.member(stranger))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden");
        assertThat(mongo.getCollection(Follow.COLLECTION).countDocuments(Filters.eq("memberId", stranger)))
                .isZero();
    }

    private Document fanOut(String fanOutId) {
        return mongo.getCollection(FanOut.COLLECTION)
                .find(Filters.eq("_id", fanOutId))
                .first();
    }

    /** The fan-outs' events of the problem: their subject is {@code <problemId>:<changeId>}. */
    private static List<ConsumerRecord<String, byte[]>> fannedOut(KafkaProbe topic, String problemId) {
        return topic.records().stream()
                .filter(r -> KafkaProbe.header(r, "ce_subject").startsWith(problemId + ":"))
                .toList();
    }

    private void follow(String memberId, String problemId, int status) {
        http.put()
                .uri("/api/v1/problems/" + problemId + "/follow")
                .header("Authorization", DiscussionFixtures.member(memberId))
                .exchange()
                .expectStatus()
                .isEqualTo(status);
    }
}
