package id.kombel.discussion;

import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.TestIdentity;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Named steps for discussion tests. Communities, regions and memberships are written into the
 * replicas as membership-replica writes them from membership-service's events (ProblemListTest
 * covers that path through Kafka); everything else goes through the HTTP API, as a client would.
 */
public final class DiscussionFixtures {

    public static final TestIdentity identity = TestIdentity.shared();
    private static final AtomicLong versions = new AtomicLong(1);

    private final RestTestClient http;
    private final ReplicaWriter replicas;

    public DiscussionFixtures(RestTestClient http, ReplicaWriter replicas) {
        this.http = http;
        this.replicas = replicas;
    }

    /** An active community of a new WIB region, its lead, a co-lead and two members. */
    public record Community(String id, String regionId, String lead, String coLead, String member, String peer) {}

    public static String member(String memberId) {
        return "Bearer " + identity.member(memberId);
    }

    public static String newMemberId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Community activeCommunity() {
        return community("ACTIVE");
    }

    /** A community in the given status (PROPOSED is private, ACTIVE and ARCHIVED are public). */
    public Community community(String status) {
        String region = "region-" + UUID.randomUUID().toString().substring(0, 8);
        replicas.upsert(
                "region_replicas",
                region,
                1,
                new Document("name", "Kota " + region)
                        .append("province", "Jawa Barat")
                        .append("timeZone", "WIB"));
        String id = UUID.randomUUID().toString();
        Community community = new Community(
                id, region, newMemberId("lead"), newMemberId("colead"), newMemberId("teacher"), newMemberId("peer"));
        replicas.upsert(
                "community_replicas",
                id,
                1,
                new Document("regionId", region)
                        .append("name", "Kombel " + region)
                        .append("type", "CROSS_SCHOOL")
                        .append("status", status)
                        .append("joinPolicy", "OPEN")
                        .append("leadId", community.lead()));
        join(id, community.lead(), "LEAD");
        join(id, community.coLead(), "CO_LEAD");
        join(id, community.member(), "MEMBER");
        join(id, community.peer(), "MEMBER");
        return community;
    }

    public void archive(Community community) {
        replicas.upsert("community_replicas", community.id(), 2, new Document("status", "ARCHIVED"));
    }

    public void join(String communityId, String memberId, String role) {
        replicas.upsert(
                "membership_replicas",
                communityId + ":" + memberId,
                versions.incrementAndGet(),
                new Document("communityId", communityId)
                        .append("memberId", memberId)
                        .append("role", role)
                        .append("status", "ACTIVE"));
    }

    public static String problem(String title, String category, boolean anonymous) {
        return """
                {"title":"%s","description":"Siswa kelas tujuh cepat bosan saat pelajaran pecahan.",
                 "category":"%s","subject":"Matematika","level":"SMP","grade":7,"tags":["pecahan","motivasi"],
                 "anonymous":%s}""".formatted(title, category, anonymous);
    }

    public static String solution(String summary) {
        return """
                {"summary":"%s","steps":["Bagi kelas menjadi kelompok","Gunakan kertas lipat"],
                 "resources":[{"title":"Modul pecahan","url":"https://guru.kemdikbud.go.id/modul/pecahan"}]}""".formatted(summary);
    }

    /** Posts a problem as {@code author}; returns the API's answer. */
    public JsonNode postProblem(String author, String communityId, String body) {
        return post(author, "/api/v1/communities/" + communityId + "/problems", body)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    public String problemId(String author, String communityId, String title, boolean anonymous) {
        return postProblem(author, communityId, problem(title, "STUDENT_MOTIVATION", anonymous))
                .get("id")
                .asString();
    }

    public String solutionId(String author, String problemId, String summary) {
        return post(author, "/api/v1/problems/" + problemId + "/solutions", solution(summary))
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .asString();
    }

    public RestTestClient.ResponseSpec get(String memberId, String uri) {
        return http.get().uri(uri).header("Authorization", member(memberId)).exchange();
    }

    public JsonNode json(String memberId, String uri) {
        return get(memberId, uri)
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    public RestTestClient.ResponseSpec post(String memberId, String uri, @Nullable String body) {
        RestTestClient.RequestBodySpec request = http.post().uri(uri).header("Authorization", member(memberId));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange();
    }

    public JsonNode postOk(String memberId, String uri, @Nullable String body) {
        return post(memberId, uri, body)
                .expectStatus()
                .is2xxSuccessful()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    public static String reason(String why) {
        return "{\"reason\":\"" + why + "\"}";
    }
}
