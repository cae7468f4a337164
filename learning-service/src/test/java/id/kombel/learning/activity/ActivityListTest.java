package id.kombel.learning.activity;

import static org.awaitility.Awaitility.await;

import id.kombel.learning.LearningTestConfiguration;
import id.kombel.membership.replica.MembershipTopics;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import id.kombel.test.TestIdentity;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A community proposed in membership-service becomes known here through its event. */
@IntegrationTest
@Import(LearningTestConfiguration.class)
@AutoConfigureRestTestClient
class ActivityListTest {

    RestTestClient http;

    @Autowired
    void signedIn(RestTestClient client) {
        http = client.mutate()
                .defaultHeader(
                        "Authorization", "Bearer " + TestIdentity.shared().member("teacher-1"))
                .build();
    }

    @Test
    void answersForACommunityOnceItsEventArrived() {
        String id = UUID.randomUUID().toString();
        http.get()
                .uri("/api/v1/communities/" + id + "/activities")
                .exchange()
                .expectStatus()
                .isNotFound();

        try (KafkaProbe topic = KafkaProbe.onCreating(MembershipTopics.COMMUNITY, 3)) {
            topic.send(topic.event(
                    "CommunityProposed",
                    UUID.randomUUID().toString(),
                    id,
                    1,
                    "{\"communityId\":\"" + id + "\",\"regionId\":\"kab-sleman\",\"name\":\"Kombel SD Sleman\","
                            + "\"type\":\"SCHOOL\",\"status\":\"PROPOSED\"}"));
        }

        await("community replicated")
                .untilAsserted(() -> http.get()
                        .uri("/api/v1/communities/" + id + "/activities")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.items.length()")
                        .isEqualTo(0));
    }
}
