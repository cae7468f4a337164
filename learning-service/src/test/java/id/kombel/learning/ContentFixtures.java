package id.kombel.learning;

import static org.awaitility.Awaitility.await;

import id.kombel.membership.replica.MembershipTopics;
import id.kombel.membership.replica.Memberships;
import id.kombel.test.KafkaProbe;
import id.kombel.test.TestIdentity;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Communities, members and facts from other features, as their events arrive here: the tests of the
 * resource, goal, reflection and recommendation features set up their world through the same topics
 * production does.
 */
public final class ContentFixtures {

    private static final AtomicLong VERSIONS = new AtomicLong(System.currentTimeMillis());
    private static KafkaProbe communityTopic;
    private static KafkaProbe membershipTopic;
    private static KafkaProbe activityTopic;
    private static KafkaProbe registrationTopic;
    private static KafkaProbe problemTopic;

    private final RestTestClient http;
    private final Memberships memberships;

    public ContentFixtures(RestTestClient http, Memberships memberships) {
        this.http = http;
        this.memberships = memberships;
    }

    public record Community(String id, String regionId, String lead) {}

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static String newRegion() {
        return newId("kab");
    }

    /** An active community of the region, led by a new member, known here once its events arrived. */
    public Community activeCommunity(String regionId) {
        String id = UUID.randomUUID().toString();
        String lead = newId("lead");
        synchronized (ContentFixtures.class) {
            if (communityTopic == null) {
                communityTopic = KafkaProbe.onCreating(MembershipTopics.COMMUNITY, 3);
            }
            communityTopic.send(
                    communityTopic.event("CommunityVerified", UUID.randomUUID().toString(), id, 2, """
                    {"communityId":"%s","regionId":"%s","name":"Kombel Guru %s","type":"CROSS_SCHOOL",\
                    "status":"ACTIVE","joinPolicy":"OPEN","leadId":"%s","coLeadIds":[]}""".formatted(
                                    id, regionId, id.substring(0, 8), lead)));
        }
        membership(id, lead, "LEAD", "ACTIVE");
        return new Community(id, regionId, lead);
    }

    /** A new member who joined the community. */
    public String member(Community community) {
        String member = newId("guru");
        join(community, member);
        return member;
    }

    public void join(Community community, String memberId) {
        membership(community.id(), memberId, "MEMBER", "ACTIVE");
    }

    private void membership(String communityId, String memberId, String role, String status) {
        synchronized (ContentFixtures.class) {
            if (membershipTopic == null) {
                membershipTopic = KafkaProbe.onCreating(MembershipTopics.MEMBERSHIP, 3);
            }
            String membershipId = communityId + ":" + memberId;
            membershipTopic.send(membershipTopic.event(
                    "MemberJoined",
                    UUID.randomUUID().toString(),
                    membershipId,
                    VERSIONS.incrementAndGet(),
                    """
                    {"membershipId":"%s","communityId":"%s","memberId":"%s","role":"%s","status":"%s"}""".formatted(membershipId, communityId, memberId, role, status)));
        }
        await("membership of " + memberId + " replicated")
                .until(() -> memberships.roleOf(communityId, memberId).isPresent());
    }

    /** The registrations feature's {@code AttendanceRecorded}, exactly as the contract gives it. */
    public static void attended(String activityId, String communityId, String memberId) {
        String registrationId = activityId + ":" + memberId;
        synchronized (ContentFixtures.class) {
            if (registrationTopic == null) {
                registrationTopic = KafkaProbe.onCreating(ContentTopics.REGISTRATION, 3);
            }
            registrationTopic.send(registrationTopic.event(
                    "AttendanceRecorded",
                    UUID.randomUUID().toString(),
                    registrationId,
                    VERSIONS.incrementAndGet(),
                    """
                    {"registrationId":"%s","activityId":"%s","communityId":"%s","memberId":"%s",\
                    "method":"CHECK_IN","occurredAt":"2026-11-20T03:00:00Z"}""".formatted(registrationId, activityId, communityId, memberId)));
        }
    }

    /** Sends an {@code AttendanceRecorded} with the given body as is (a catalog example). */
    public static void attendedExample(String registrationId, String json) {
        synchronized (ContentFixtures.class) {
            if (registrationTopic == null) {
                registrationTopic = KafkaProbe.onCreating(ContentTopics.REGISTRATION, 3);
            }
            registrationTopic.send(registrationTopic.event(
                    "AttendanceRecorded",
                    UUID.randomUUID().toString(),
                    registrationId,
                    VERSIONS.incrementAndGet(),
                    json));
        }
    }

    /** Sends a record on the activities feature's topic. */
    public static void activityEvent(String type, String activityId, long version, String json) {
        synchronized (ContentFixtures.class) {
            if (activityTopic == null) {
                activityTopic = KafkaProbe.onCreating(ContentTopics.ACTIVITY, 3);
            }
            activityTopic.send(activityTopic.event(type, UUID.randomUUID().toString(), activityId, version, json));
        }
    }

    /** Sends a record on discussion-service's problem topic, with the given event id (to redeliver it). */
    public static void problemEvent(String eventId, String problemId, long version, String json) {
        synchronized (ContentFixtures.class) {
            if (problemTopic == null) {
                problemTopic = KafkaProbe.onCreating(ContentTopics.DISCUSSION_PROBLEM, 3);
            }
            problemTopic.send(problemTopic.event("ProblemPosted", eventId, problemId, version, json));
        }
    }

    /** A new problem id whose records are consumed after every record sent earlier for {@code problemId}. */
    public static String problemIdAfter(String problemId) {
        synchronized (ContentFixtures.class) {
            if (problemTopic == null) {
                problemTopic = KafkaProbe.onCreating(ContentTopics.DISCUSSION_PROBLEM, 3);
            }
            return problemTopic.keyOnSamePartitionAs(problemId);
        }
    }

    public static String bearer(String memberId) {
        return "Bearer " + TestIdentity.shared().member(memberId);
    }

    public RestTestClient.ResponseSpec get(String memberId, String uri) {
        return http.get().uri(uri).header("Authorization", bearer(memberId)).exchange();
    }

    public RestTestClient.ResponseSpec post(String memberId, String uri, String json) {
        return http.post()
                .uri(uri)
                .header("Authorization", bearer(memberId))
                .header("Content-Type", "application/json")
                .body(json)
                .exchange();
    }

    public RestTestClient.ResponseSpec put(String memberId, String uri, String json) {
        return http.put()
                .uri(uri)
                .header("Authorization", bearer(memberId))
                .header("Content-Type", "application/json")
                .body(json)
                .exchange();
    }

    public RestTestClient http() {
        return http;
    }
}
