package id.kombel.membership;

import static org.awaitility.Awaitility.await;

import id.kombel.test.TestIdentity;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Named steps of the community and membership API for tests: regions, proposals, co-leads,
 * verification, joining. Every step goes through the HTTP API, as a client would.
 */
public final class CommunityFixtures {

    public static final TestIdentity identity = TestIdentity.shared();

    private final RestTestClient http;

    public CommunityFixtures(RestTestClient http) {
        this.http = http;
    }

    /** A leadership and the community it runs. */
    public record Community(String id, String regionId, String lead, String coLead1, String coLead2) {}

    public static String member(String memberId) {
        return "Bearer " + identity.member(memberId);
    }

    public static String regionAdmin(String memberId, String regionId) {
        return "Bearer " + identity.regionAdmin(memberId, regionId);
    }

    public static String newMemberId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new region in the WIT zone (Asia/Jayapura), created by a platform admin. */
    public String newRegion() {
        String code = "region-" + UUID.randomUUID().toString().substring(0, 8);
        http.post()
                .uri("/api/v1/regions")
                .header("Authorization", "Bearer " + identity.platformAdmin("platform-admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"code":"%s","name":"Kota %s","province":"Papua","timeZone":"WIT"}""".formatted(code, code))
                .exchange()
                .expectStatus()
                .isCreated();
        return code;
    }

    public static String proposal(String regionId, String name, String type, String joinPolicy) {
        return proposal(regionId, name, type, joinPolicy, "\"Matematika\"", "\"SMP\"");
    }

    /** A proposal's JSON; {@code subjects} and {@code levels} are JSON array contents. */
    public static String proposal(
            String regionId, String name, String type, String joinPolicy, String subjects, String levels) {
        return """
                {"regionId":"%s","type":"%s","name":"%s","description":"Berbagi praktik baik",
                 "subjects":[%s],"levels":[%s],"joinPolicy":"%s",
                 "meeting":{"frequency":"WEEKLY","dayOfWeek":"THURSDAY","time":"15:30"}}""".formatted(regionId, type, name, subjects, levels, joinPolicy);
    }

    /** Proposes a community as {@code lead}; returns it as the API answered. */
    public JsonNode propose(String lead, String body) {
        JsonNode community = post(lead, "/api/v1/communities", body)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        awaitMembership(community.get("id").asString(), lead, "LEAD");
        return community;
    }

    /** A proposed community with its lead and two co-leads who accepted their invitations. */
    public Community proposedWithCoLeads(String regionId, String name, String joinPolicy) {
        String lead = newMemberId("lead");
        String id = propose(lead, proposal(regionId, name, "CROSS_SCHOOL", joinPolicy))
                .get("id")
                .asString();
        String coLead1 = newMemberId("colead");
        String coLead2 = newMemberId("colead");
        appointCoLead(id, lead, coLead1);
        appointCoLead(id, lead, coLead2);
        return new Community(id, regionId, lead, coLead1, coLead2);
    }

    /** A verified community in a new region. */
    public Community active(String name, String joinPolicy) {
        return active(newRegion(), name, joinPolicy);
    }

    public Community active(String regionId, String name, String joinPolicy) {
        Community community = proposedWithCoLeads(regionId, name, joinPolicy);
        verify(community);
        return community;
    }

    public void verify(Community community) {
        http.post()
                .uri("/api/v1/communities/" + community.id() + "/verify")
                .header("Authorization", regionAdmin("admin-" + community.regionId(), community.regionId()))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** The lead invites a co-lead, who accepts. */
    public void appointCoLead(String communityId, String lead, String coLead) {
        post(lead, "/api/v1/communities/" + communityId + "/invitations", invitation(coLead, "CO_LEAD"))
                .expectStatus()
                .isCreated();
        post(coLead, membership(communityId, coLead) + "/accept", null)
                .expectStatus()
                .isOk();
    }

    /** A member joins an open community. */
    public void join(String communityId, String memberId) {
        post(memberId, "/api/v1/communities/" + communityId + "/memberships", null)
                .expectStatus()
                .isCreated();
    }

    public static String invitation(String memberId, String role) {
        return "{\"memberId\":\"%s\",\"role\":\"%s\"}".formatted(memberId, role);
    }

    public static String membership(String communityId, String memberId) {
        return "/api/v1/communities/" + communityId + "/memberships/" + memberId;
    }

    /** Waits until the member holds the role (the lead's membership follows the proposal's event). */
    public void awaitMembership(String communityId, String memberId, String role) {
        await("%s is %s of %s".formatted(memberId, role, communityId)).until(() -> {
            var result = get(memberId, membership(communityId, memberId)).returnResult(JsonNode.class);
            return result.getStatus().is2xxSuccessful()
                    && role.equals(result.getResponseBody().get("role").asString());
        });
    }

    public RestTestClient.ResponseSpec get(String memberId, String uri) {
        return http.get().uri(uri).header("Authorization", member(memberId)).exchange();
    }

    public RestTestClient.ResponseSpec post(String memberId, String uri, @Nullable String body) {
        return send(member(memberId), uri, body);
    }

    public RestTestClient.ResponseSpec send(String authorization, String uri, @Nullable String body) {
        RestTestClient.RequestBodySpec request = http.post().uri(uri);
        request.header("Authorization", authorization);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange();
    }

    public JsonNode json(String memberId, String uri) {
        return get(memberId, uri)
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }
}
