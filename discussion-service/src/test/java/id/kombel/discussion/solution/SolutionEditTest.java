package id.kombel.discussion.solution;

import static id.kombel.discussion.DiscussionFixtures.reason;
import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.DiscussionTopics;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Authors edit their solutions and replies with {@code If-Match}: 412 on a stale version, 403 for
 * other members, 404 for what the caller may not see, 409 when the problem is locked or closed, 422
 * while the content is hidden; lists show the edit, and SolutionRevised / ReplyEdited follow the catalog.
 */
@IntegrationTest
@AutoConfigureRestTestClient
class SolutionEditTest {

    private static final String REVISED = """
            {"summary":"Kertas lipat dan kuis","steps":["Lipat kertas","Kuis lima menit","Diskusi"],
             "resources":[{"title":"Video pecahan","url":"https://rumah.belajar.id/pecahan"}]}""";

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    DiscussionFixtures fixtures;
    Community community;
    String problemId;
    String solutionId;

    @BeforeEach
    void aProblemWithAPeersSolution() {
        fixtures = new DiscussionFixtures(http, replicas);
        community = fixtures.activeCommunity();
        problemId = fixtures.problemId(community.member(), community.id(), "Pecahan membosankan", false);
        solutionId = fixtures.solutionId(community.peer(), problemId, "Kertas lipat");
    }

    @Test
    void theAuthorRevisesTheirSolutionAndListsShowTheRevision() {
        String etag = etagOf("/api/v1/solutions/" + solutionId, community.peer());
        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.SOLUTION)) {
            JsonNode revised = put(community.peer(), "/api/v1/solutions/" + solutionId, etag, REVISED)
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueMatches("ETag", "\"\\d+\"")
                    .expectBody(JsonNode.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(revised.get("summary").asString()).isEqualTo("Kertas lipat dan kuis");
            assertThat(revised.get("steps")).hasSize(3);
            assertThat(revised.get("revisedAt").isNull()).isFalse();
            assertThat(revised.get("version").asLong()).isGreaterThan(Long.parseLong(etag.replace("\"", "")));

            ConsumerRecord<String, byte[]> event = topic.await(
                    "SolutionRevised",
                    r -> solutionId.equals(r.key()) && "SolutionRevised".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.body(event)).contains("\"stepCount\":3").doesNotContain(community.peer());
        }
        JsonNode listed = fixtures.json(community.member(), "/api/v1/problems/" + problemId + "/solutions")
                .get("items")
                .get(0);
        assertThat(listed.get("summary").asString()).isEqualTo("Kertas lipat dan kuis");
        assertThat(listed.get("resources").get(0).get("url").asString()).isEqualTo("https://rumah.belajar.id/pecahan");
    }

    @Test
    void aStaleVersionOrAnotherMemberChangesNothing() {
        String etag = etagOf("/api/v1/solutions/" + solutionId, community.peer());
        put(community.peer(), "/api/v1/solutions/" + solutionId, "\"999\"", REVISED)
                .expectStatus()
                .isEqualTo(412)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/stale-version");
        put(community.member(), "/api/v1/solutions/" + solutionId, etag, REVISED)
                .expectStatus()
                .isForbidden();
        put(community.lead(), "/api/v1/solutions/" + solutionId, null, REVISED)
                .expectStatus()
                .isForbidden();
        put(DiscussionFixtures.newMemberId("stranger"), "/api/v1/solutions/" + solutionId, null, REVISED)
                .expectStatus()
                .isForbidden();

        JsonNode unchanged = fixtures.json(community.peer(), "/api/v1/solutions/" + solutionId);
        assertThat(unchanged.get("summary").asString()).isEqualTo("Kertas lipat");
        assertThat(etagOf("/api/v1/solutions/" + solutionId, community.peer())).isEqualTo(etag);
    }

    @Test
    void aLockedProblemConflictsAndAHiddenSolutionIsNotEdited() {
        fixtures.postOk(community.lead(), "/api/v1/problems/" + problemId + "/lock", reason("Cukup"));
        put(community.peer(), "/api/v1/solutions/" + solutionId, null, REVISED)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/problem-locked");
        fixtures.postOk(community.lead(), "/api/v1/problems/" + problemId + "/unlock", reason("Lanjut"));

        // a co-lead's solution hidden by the lead: the co-lead still sees it, but may not edit it
        String colead = fixtures.solutionId(community.coLead(), problemId, "Musik latar");
        fixtures.postOk(community.lead(), "/api/v1/solutions/" + colead + "/hide", reason("Cek dulu"));
        put(community.coLead(), "/api/v1/solutions/" + colead, null, REVISED)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/content-hidden");
        fixtures.postOk(community.lead(), "/api/v1/solutions/" + solutionId + "/hide", reason("Cek dulu"));
        put(community.peer(), "/api/v1/solutions/" + solutionId, null, REVISED)
                .expectStatus()
                .isNotFound();

        assertThat(fixtures.json(community.lead(), "/api/v1/solutions/" + solutionId)
                        .get("summary")
                        .asString())
                .isEqualTo("Kertas lipat");
        assertThat(fixtures.json(community.lead(), "/api/v1/solutions/" + colead)
                        .get("summary")
                        .asString())
                .isEqualTo("Musik latar");
    }

    @Test
    void theAuthorEditsTheirReplyAndNobodyElseDoes() {
        JsonNode posted = fixtures.postOk(
                community.member(), "/api/v1/solutions/" + solutionId + "/replies", "{\"body\":\"Untuk kelas 7?\"}");
        String replyId = posted.get("id").asString();
        String uri = "/api/v1/solutions/" + solutionId + "/replies/" + replyId;
        String etag = "\"" + posted.get("version").asLong() + "\"";

        put(community.member(), uri, "\"999\"", "{\"body\":\"Basi\"}")
                .expectStatus()
                .isEqualTo(412);
        put(community.peer(), uri, etag, "{\"body\":\"Bukan milikku\"}")
                .expectStatus()
                .isForbidden();
        put(community.member(), "/api/v1/solutions/" + solutionId + "/replies/tidak-ada", etag, "{\"body\":\"x\"}")
                .expectStatus()
                .isNotFound();
        assertThat(replies().get(0).get("body").asString()).isEqualTo("Untuk kelas 7?");

        try (KafkaProbe topic = KafkaProbe.on(DiscussionTopics.REPLY)) {
            JsonNode edited = put(community.member(), uri, etag, "{\"body\":\"Untuk kelas 7 dan 8?\"}")
                    .expectStatus()
                    .isOk()
                    .expectBody(JsonNode.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(edited.get("body").asString()).isEqualTo("Untuk kelas 7 dan 8?");
            assertThat(edited.get("editedAt").isNull()).isFalse();
            ConsumerRecord<String, byte[]> event = topic.await(
                    "ReplyEdited",
                    r -> replyId.equals(r.key()) && "ReplyEdited".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.body(event)).doesNotContain(community.member(), "kelas");
        }
        assertThat(replies().get(0).get("body").asString()).isEqualTo("Untuk kelas 7 dan 8?");

        fixtures.postOk(community.member(), "/api/v1/problems/" + problemId + "/close", null);
        put(community.member(), uri, null, "{\"body\":\"Sesudah ditutup\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/problem-closed");
        assertThat(replies().get(0).get("body").asString()).isEqualTo("Untuk kelas 7 dan 8?");
    }

    private JsonNode replies() {
        return fixtures.json(community.peer(), "/api/v1/solutions/" + solutionId + "/replies")
                .get("items");
    }

    private String etagOf(String uri, String memberId) {
        return fixtures.get(memberId, uri)
                .expectStatus()
                .isOk()
                .returnResult()
                .getResponseHeaders()
                .getETag();
    }

    private RestTestClient.ResponseSpec put(String memberId, String uri, String ifMatch, String body) {
        RestTestClient.RequestBodySpec request = http.put()
                .uri(uri)
                .header("Authorization", DiscussionFixtures.member(memberId))
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(body).exchange();
    }
}
