package id.kombel.discussion.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.ReplicaWriter;
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

/**
 * An anonymous author is hidden from peers everywhere they could look: the problem, the list and
 * search, their own solutions and replies on it, and the events followers are told from; the leads
 * (for moderation) and the author themselves see who it is.
 */
@IntegrationTest
@AutoConfigureRestTestClient
class AnonymityTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    DiscussionFixtures fixtures;
    Community community;
    String author;
    String problemId;

    @BeforeEach
    void anAnonymousProblem() {
        fixtures = new DiscussionFixtures(http, replicas);
        community = fixtures.activeCommunity();
        author = community.member();
        problemId = fixtures.problemId(author, community.id(), "Anonim pecahan", true);
    }

    @Test
    void peersNeverSeeTheAuthorInTheProblemTheListOrSearch() {
        String peer = community.peer();
        for (String body : List.of(
                get(peer, "/api/v1/problems/" + problemId),
                get(peer, "/api/v1/communities/" + community.id() + "/problems"),
                get(peer, "/api/v1/communities/" + community.id() + "/problems?q=anonim"),
                get(peer, "/api/v1/communities/" + community.id() + "/problems?sort=UNANSWERED"))) {
            assertThat(body).contains(problemId).doesNotContain(author);
        }
        JsonNode seen = fixtures.json(peer, "/api/v1/problems/" + problemId);
        assertThat(seen.get("anonymous").asBoolean()).isTrue();
        assertThat(seen.hasNonNull("authorId")).isFalse();
        assertThat(seen.get("mine").asBoolean()).isFalse();
    }

    @Test
    void theAuthorAndTheLeadsSeeWhoPostedIt() {
        JsonNode mine = fixtures.json(author, "/api/v1/problems/" + problemId);
        assertThat(mine.get("mine").asBoolean()).isTrue();
        assertThat(mine.get("authorId").asString()).isEqualTo(author);
        assertThat(fixtures.json(community.lead(), "/api/v1/problems/" + problemId)
                        .get("authorId")
                        .asString())
                .isEqualTo(author);
        assertThat(get(community.coLead(), "/api/v1/communities/" + community.id() + "/problems"))
                .contains(author);
    }

    @Test
    void theAuthorsOwnSolutionsAndRepliesDoNotRevealThemToPeers() {
        String own = fixtures.solutionId(author, problemId, "Solusi dari penanya");
        String peers = fixtures.solutionId(community.peer(), problemId, "Solusi rekan");
        fixtures.postOk(author, "/api/v1/solutions/" + peers + "/replies", "{\"body\":\"Terima kasih\"}");

        for (String body : List.of(
                get(community.peer(), "/api/v1/solutions/" + own),
                get(community.peer(), "/api/v1/problems/" + problemId + "/solutions"),
                get(community.peer(), "/api/v1/solutions/" + peers + "/replies"))) {
            assertThat(body).doesNotContain(author);
        }
        assertThat(get(community.lead(), "/api/v1/solutions/" + peers + "/replies"))
                .contains(author);
        assertThat(fixtures.json(author, "/api/v1/solutions/" + own).get("mine").asBoolean())
                .isTrue();
    }

    @Test
    void followersEventsAndTheAcceptanceNeverNameTheAnonymousAuthor() {
        String follower = community.coLead();
        http.put()
                .uri("/api/v1/problems/" + problemId + "/follow")
                .header("Authorization", DiscussionFixtures.member(follower))
                .exchange()
                .expectStatus()
                .isCreated();
        String peers = fixtures.solutionId(community.peer(), problemId, "Solusi rekan");
        fixtures.postOk(author, "/api/v1/solutions/" + peers + "/replies", "{\"body\":\"Saya coba\"}");
        fixtures.postOk(author, "/api/v1/solutions/" + peers + "/accept", null);

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.FOLLOW)) {
            await("the follower told of the solution, the reply and the solving")
                    .until(() -> fannedOut(topic).stream()
                                    .filter(r -> KafkaProbe.body(r).contains(follower))
                                    .count()
                            >= 3);
            // the author hears of the peer's solution as NEW_SOLUTION, and of their own reply and acceptance not at all
            for (ConsumerRecord<String, byte[]> record : fannedOut(topic)) {
                EventContract.load().assertConforms(record);
                assertThat(KafkaProbe.body(record))
                        .as("an event for another follower")
                        .doesNotContain(author);
            }
        }
        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.PROBLEM)) {
            ConsumerRecord<String, byte[]> accepted = topic.await(
                    "SolutionAccepted",
                    r -> problemId.equals(r.key()) && "SolutionAccepted".equals(KafkaProbe.header(r, "ce_type")));
            assertThat(KafkaProbe.body(accepted))
                    .contains("\"acceptedBy\":\"anonymous\"")
                    .doesNotContain(author);
        }
        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.REPLY)) {
            ConsumerRecord<String, byte[]> reply =
                    topic.await("ReplyPosted", r -> KafkaProbe.body(r).contains(peers));
            assertThat(KafkaProbe.body(reply)).doesNotContain(author);
        }
    }

    /** The fan-outs' events of this problem (subject {@code <problemId>:<changeId>}). */
    private List<ConsumerRecord<String, byte[]>> fannedOut(KafkaProbe topic) {
        return topic.records().stream()
                .filter(r -> KafkaProbe.header(r, "ce_subject").startsWith(problemId + ":"))
                .toList();
    }

    private String get(String memberId, String uri) {
        return fixtures.get(memberId, uri)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
