package id.kombel.discussion.problem;

import static org.awaitility.Awaitility.await;

import id.kombel.membership.replica.MembershipTopics;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import id.kombel.test.TestIdentity;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A community and its member become known here through membership-service's events, end to end over Kafka. */
@IntegrationTest
@AutoConfigureRestTestClient
class ProblemListTest {

    RestTestClient http;

    @Autowired
    void signedIn(RestTestClient client) {
        http = client.mutate()
                .defaultHeader(
                        "Authorization", "Bearer " + TestIdentity.shared().member("teacher-1"))
                .build();
    }

    @Test
    void answersAMemberOnceTheCommunityAndMembershipEventsArrived() {
        String id = UUID.randomUUID().toString();
        http.get()
                .uri("/api/v1/communities/" + id + "/problems")
                .exchange()
                .expectStatus()
                .isNotFound();

        try (KafkaProbe topic = KafkaProbe.onCreating(MembershipTopics.COMMUNITY, 3)) {
            topic.send(topic.event(
                    "CommunityVerified",
                    UUID.randomUUID().toString(),
                    id,
                    3,
                    "{\"communityId\":\"" + id + "\",\"regionId\":\"kab-sleman\",\"name\":\"Kombel SD Sleman\","
                            + "\"type\":\"SCHOOL\",\"status\":\"ACTIVE\",\"joinPolicy\":\"OPEN\",\"leadId\":\"lead\","
                            + "\"coLeadIds\":[]}"));
        }
        try (KafkaProbe topic = KafkaProbe.onCreating(MembershipTopics.MEMBERSHIP, 3)) {
            String membership = id + ":teacher-1";
            topic.send(topic.event(
                    "MemberJoined",
                    UUID.randomUUID().toString(),
                    membership,
                    1,
                    "{\"membershipId\":\"" + membership + "\",\"communityId\":\"" + id
                            + "\",\"memberId\":\"teacher-1\"," + "\"role\":\"MEMBER\",\"status\":\"ACTIVE\"}"));
        }

        await("community and membership replicated")
                .untilAsserted(() -> http.get()
                        .uri("/api/v1/communities/" + id + "/problems")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.items.length()")
                        .isEqualTo(0));
    }
}
