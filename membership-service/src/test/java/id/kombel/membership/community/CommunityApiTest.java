package id.kombel.membership.community;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.membership.Members;
import id.kombel.membership.MembershipTopics;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
@AutoConfigureRestTestClient
class CommunityApiTest {

    RestTestClient http;

    @Autowired
    void signedIn(RestTestClient client) {
        http = client.mutate()
                .defaultHeader(
                        "Authorization", Members.registeredTeacher(client).bearer())
                .build();
    }

    @Autowired
    MongoTemplate mongo;

    @Test
    void proposingACommunityStoresItAndPublishesCommunityProposed() {
        CommunityResponse created = http.post()
                .uri("/api/v1/communities")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"regionId":"kota-bandung","name":"MGMP Matematika SMP Bandung",
                         "description":"Berbagi praktik baik","type":"CROSS_SCHOOL"}""")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody(CommunityResponse.class)
                .returnResult()
                .getResponseBody();

        assertThat(created.status()).isEqualTo(CommunityStatus.PROPOSED);
        http.get()
                .uri("/api/v1/communities/" + created.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("MGMP Matematika SMP Bandung");

        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.COMMUNITY)) {
            ConsumerRecord<String, byte[]> event =
                    topic.await("CommunityProposed", r -> created.id().equals(r.key()));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("CommunityProposed");
            assertThat(KafkaProbe.header(event, "ce_source")).isEqualTo("/kombel/membership-service");
            assertThat(KafkaProbe.body(event))
                    .isEqualTo(
                            "{\"communityId\":\"" + created.id() + "\",\"regionId\":\"kota-bandung\","
                                    + "\"name\":\"MGMP Matematika SMP Bandung\",\"type\":\"CROSS_SCHOOL\",\"status\":\"PROPOSED\"}");
        }
    }

    @Test
    void rejectsAnInvalidProposalAndStoresNothing() {
        long before = mongo.getCollection("communities").countDocuments();

        http.post()
                .uri("/api/v1/communities")
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"regionId\":\"kota bandung!\",\"name\":\"ab\",\"type\":\"SCHOOL\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/validation")
                .jsonPath("$.errors.length()")
                .isEqualTo(2);
        http.post()
                .uri("/api/v1/communities")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"regionId\":\"kota-bandung\",\"name\":\"Komunitas\",\"type\":\"SECRET_SOCIETY\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/malformed-request");

        assertThat(mongo.getCollection("communities").countDocuments()).isEqualTo(before);
    }

    @Test
    void anUnknownCommunityIsNotFound() {
        http.get()
                .uri("/api/v1/communities/no-such-community")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/not-found");
    }
}
