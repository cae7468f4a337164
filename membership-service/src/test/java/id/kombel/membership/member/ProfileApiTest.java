package id.kombel.membership.member;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.membership.Members;
import id.kombel.membership.MembershipTopics;
import id.kombel.membership.TestMember;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
@AutoConfigureRestTestClient
class ProfileApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aMemberReadsAndUpdatesTheirProfileWithIfMatchAndOthersLearnTheSharedPart() {
        TestMember teacher = Members.registeredTeacher(http);
        http.get()
                .uri("/api/v1/members/me")
                .header("Authorization", teacher.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.email")
                .isEqualTo(teacher.email())
                .jsonPath("$.privacy.digitalSkills")
                .isEqualTo("PRIVATE");

        http.put()
                .uri("/api/v1/members/me")
                .header("Authorization", teacher.bearer())
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(profile("Siti Rahmawati, S.Pd.", "COMMUNITY", "PRIVATE"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Siti Rahmawati, S.Pd.")
                .jsonPath("$.digitalSkills.PMM_RUANG_GTK")
                .isEqualTo(3)
                .jsonPath("$.levels")
                .isEqualTo(List.of("SMP", "SMA"));

        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.MEMBER)) {
            ConsumerRecord<String, byte[]> event = topic.await(
                    "MemberProfileUpdated",
                    r -> teacher.id().equals(r.key())
                            && "MemberProfileUpdated".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.header(event, "ce_aggregateversion")).isEqualTo("2");
            assertThat(KafkaProbe.body(event))
                    .as("subjects are private now; school and skills never travel")
                    .isEqualTo(
                            "{\"memberId\":\"" + teacher.id() + "\",\"regionId\":\"kota-bandung\","
                                    + "\"name\":\"Siti Rahmawati, S.Pd.\",\"educatorType\":\"PENDIDIK\",\"levels\":[\"SMP\",\"SMA\"]}");
        }
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        TestMember teacher = Members.registeredTeacher(http);
        http.put()
                .uri("/api/v1/members/me")
                .header("Authorization", teacher.bearer())
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(profile("Siti R.", "COMMUNITY", "COMMUNITY"))
                .exchange()
                .expectStatus()
                .isOk();
        Document before = member(teacher.id());

        http.put()
                .uri("/api/v1/members/me")
                .header("Authorization", teacher.bearer())
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(profile("Someone Else", "PRIVATE", "PRIVATE"))
                .exchange()
                .expectStatus()
                .isEqualTo(412)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/stale-version");

        assertThat(member(teacher.id())).isEqualTo(before);
    }

    @Test
    void refusesAnInvalidProfileAndChangesNothing() {
        TestMember teacher = Members.registeredTeacher(http);
        Document before = member(teacher.id());

        http.put()
                .uri("/api/v1/members/me")
                .header("Authorization", teacher.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(profile("Siti", "COMMUNITY", "COMMUNITY").replace("\"PMM_RUANG_GTK\":3", "\"PMM_RUANG_GTK\":5"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/validation");
        http.put()
                .uri("/api/v1/members/me")
                .header("Authorization", teacher.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(profile("Siti", "COMMUNITY", "COMMUNITY").replace("\"name\"", "\"email\":\"x@y.id\",\"name\""))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/malformed-request");

        assertThat(member(teacher.id())).isEqualTo(before);
    }

    @Test
    void aPeerSeesOnlyWhatTheMemberShares() {
        TestMember teacher = Members.registeredTeacher(http);
        TestMember peer = Members.registeredTeacher(http);
        http.put()
                .uri("/api/v1/members/me")
                .header("Authorization", teacher.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(profile("Siti Rahmawati", "PRIVATE", "COMMUNITY"))
                .exchange()
                .expectStatus()
                .isOk();

        http.get()
                .uri("/api/v1/members/{id}", teacher.id())
                .header("Authorization", peer.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Siti Rahmawati")
                .jsonPath("$.educatorType")
                .isEqualTo("PENDIDIK")
                .jsonPath("$.levels")
                .isEqualTo(List.of("SMP", "SMA"))
                .jsonPath("$.subjects")
                .isEqualTo(List.of("Matematika"))
                .jsonPath("$.school")
                .doesNotExist()
                .jsonPath("$.digitalSkills")
                .doesNotExist()
                .jsonPath("$.email")
                .doesNotExist();
    }

    @Test
    void anUnknownMemberIsNotFoundAndProfilesNeedAToken() {
        TestMember peer = Members.registeredTeacher(http);
        http.get()
                .uri("/api/v1/members/no-such-member")
                .header("Authorization", peer.bearer())
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get().uri("/api/v1/members/me").exchange().expectStatus().isUnauthorized();
        http.get()
                .uri("/api/v1/members/{id}", peer.id())
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    /** The stored member without its outbox, which the relay empties concurrently. */
    private Document member(String id) {
        Document member =
                mongo.getCollection("members").find(new Document("_id", id)).first();
        member.remove("outbox");
        member.remove("outboxLease");
        return member;
    }

    /** School shown or not as {@code schoolVisibility}; subjects as {@code subjectsVisibility}. */
    private static String profile(String name, String schoolVisibility, String subjectsVisibility) {
        return """
                {"name":"%s","school":"SMP Negeri 5 Bandung","subjects":["Matematika"],
                 "levels":["SMA","SMP"],"educatorType":"PENDIDIK",
                 "digitalSkills":{"PMM_RUANG_GTK":3,"IPUSNAS":1},
                 "privacy":{"school":"%s","subjects":"%s","levels":"COMMUNITY","digitalSkills":"PRIVATE"}}""".formatted(name, schoolVisibility, subjectsVisibility);
    }
}
