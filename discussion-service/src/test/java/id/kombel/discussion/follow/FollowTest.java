package id.kombel.discussion.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Authors follow what they post; followers are told of changes one event each, never of their own. */
@IntegrationTest
@AutoConfigureRestTestClient
class FollowTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Test
    void eachFollowerButTheActorIsToldAndAnUnfollowerIsNot() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problemId = fixtures.problemId(community.member(), community.id(), "Siswa bosan", false);
        await("the author follows")
                .until(() -> fixtures.json(community.member(), "/api/v1/problems/" + problemId + "/follow")
                        .get("following")
                        .asBoolean());
        follow(community.coLead(), problemId, 201);
        follow(community.coLead(), problemId, 200);
        follow(community.lead(), problemId, 201);
        http.delete()
                .uri("/api/v1/problems/" + problemId + "/follow")
                .header("Authorization", DiscussionFixtures.member(community.lead()))
                .exchange()
                .expectStatus()
                .isOk();

        fixtures.solutionId(community.coLead(), problemId, "Kertas lipat");

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.FOLLOW)) {
            await("the author is told")
                    .until(() -> topic.recordsOf(problemId).stream()
                            .anyMatch(r -> KafkaProbe.body(r).contains("\"memberId\":\"" + community.member() + "\"")));
            topic.recordsOf(problemId).forEach(EventContract.load()::assertConforms);
            assertThat(topic.recordsOf(problemId)).hasSize(1);
            assertThat(KafkaProbe.body(topic.recordsOf(problemId).get(0)))
                    .contains("\"change\":\"SOLUTION_PROPOSED\"", "\"title\":\"Siswa bosan\"")
                    .doesNotContain(community.coLead(), community.lead());
        }
    }

    @Test
    void aStrangerMayNotFollow() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problemId = fixtures.problemId(community.member(), community.id(), "Siswa bosan", false);

        http.put()
                .uri("/api/v1/problems/" + problemId + "/follow")
                .header("Authorization", DiscussionFixtures.member(DiscussionFixtures.newMemberId("stranger")))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden");
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
