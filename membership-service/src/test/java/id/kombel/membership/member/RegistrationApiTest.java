package id.kombel.membership.member;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.membership.Members;
import id.kombel.membership.MembershipTopics;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
@AutoConfigureRestTestClient
class RegistrationApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void homeRegionExists() {
        Members.region(http, Members.HOME_REGION);
    }

    @Test
    void registeringStoresTheMemberWithAHashedPasswordAndPublishesMemberRegistered() {
        String email = Members.newEmail();

        Map<?, ?> member = http.post()
                .uri("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .body(registration(email, Members.PASSWORD, Members.HOME_REGION))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        String id = (String) member.get("id");
        assertThat(member.get("email")).isEqualTo(email);
        assertThat(member.get("roles")).isEqualTo(java.util.List.of("MEMBER"));
        assertThat(member.keySet().stream().map(String::valueOf)).doesNotContain("password", "passwordHash");
        Document stored =
                mongo.getCollection("members").find(new Document("_id", id)).first();
        assertThat(stored.getString("emailKey")).isEqualTo(email.toLowerCase());
        assertThat(stored.getString("passwordHash"))
                .startsWith("{argon2}$argon2id$")
                .doesNotContain(Members.PASSWORD);

        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.MEMBER)) {
            ConsumerRecord<String, byte[]> event = topic.await("MemberRegistered", r -> id.equals(r.key()));
            EventContract.load().assertConforms(event);
            assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("MemberRegistered");
            assertThat(KafkaProbe.body(event))
                    .isEqualTo(
                            "{\"memberId\":\"" + id + "\",\"regionId\":\"kota-bandung\",\"name\":\"Dewi Lestari\","
                                    + "\"educatorType\":\"PENDIDIK\",\"levels\":[\"SD\",\"SMP\"],\"subjects\":[\"IPA\",\"Matematika\"]}")
                    .doesNotContain(email);
        }
    }

    @Test
    void refusesAnEmailThatIsTakenInAnotherCaseAndChangesNothing() {
        String email = Members.newEmail();
        http.post()
                .uri("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .body(registration(email, Members.PASSWORD, Members.HOME_REGION))
                .exchange()
                .expectStatus()
                .isCreated();
        Document before = byEmail(email);
        long members = mongo.getCollection("members").countDocuments();

        http.post()
                .uri("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .body(registration(email.toUpperCase(), "Kata-Sandi-Lain-99", Members.HOME_REGION))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/email-taken");

        assertThat(mongo.getCollection("members").countDocuments()).isEqualTo(members);
        assertThat(byEmail(email)).isEqualTo(before);
        Members.signIn(http, email, Members.PASSWORD);
    }

    static Stream<Arguments> weakPasswords() {
        return Stream.of(
                Arguments.of("too short", (UnaryOperator<String>) local -> "Pendek-1", "password-length"),
                Arguments.of(
                        "too long", (UnaryOperator<String>) local -> "Sangat-Panjang-".repeat(9), "password-length"),
                Arguments.of(
                        "contains the email's local part",
                        (UnaryOperator<String>) local -> "Rahasia-" + local.toUpperCase() + "-2026",
                        "password-contains-email"),
                Arguments.of(
                        "on the common list", (UnaryOperator<String>) local -> "bismillah123", "password-too-common"),
                Arguments.of(
                        "common in another case",
                        (UnaryOperator<String>) local -> "INDONESIA123",
                        "password-too-common"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weakPasswords")
    void refusesAWeakPasswordAndStoresNothing(String kind, UnaryOperator<String> passwordFor, String problem) {
        String email = Members.newEmail();
        String password = passwordFor.apply(email.substring(0, email.indexOf('@')));

        http.post()
                .uri("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .body(registration(email, password, Members.HOME_REGION))
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/" + problem);

        assertThat(byEmail(email)).isNull();
    }

    @Test
    void refusesAPasswordThatIsNotUnicodeTextAsInvalidInputAndStoresNothing() {
        String email = Members.newEmail();

        http.post()
                .uri("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .body(registration(email, "Kata-Sandi-\\uD800-2026", Members.HOME_REGION))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/validation")
                .jsonPath("$.errors[0].field")
                .isEqualTo("password");

        assertThat(byEmail(email)).isNull();
    }

    @Test
    void refusesAnUnknownRegionAndStoresNothing() {
        String email = Members.newEmail();

        http.post()
                .uri("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .body(registration(email, Members.PASSWORD, "kabupaten-entah"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/not-found");

        assertThat(byEmail(email)).isNull();
    }

    @Test
    void refusesUnknownFieldsAndInvalidValuesAndStoresNothing() {
        String email = Members.newEmail();
        String withRole = registration(email, Members.PASSWORD, Members.HOME_REGION)
                .replace("\"name\"", "\"roles\":[\"PLATFORM_ADMIN\"],\"name\"");
        String unknownLevel =
                registration(email, Members.PASSWORD, Members.HOME_REGION).replace("\"SMP\"", "\"UNIVERSITAS\"");
        String operator = registration(email, Members.PASSWORD, Members.HOME_REGION)
                .replace("\"Dewi Lestari\"", "{\"$ne\":\"\"}");

        for (String body : new String[] {withRole, unknownLevel, operator}) {
            http.post()
                    .uri("/api/v1/members")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://kombel.id/problems/malformed-request");
        }
        http.post()
                .uri("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .body(registration("not-an-email", Members.PASSWORD, Members.HOME_REGION))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("email");

        assertThat(byEmail(email)).isNull();
    }

    /** The stored member without its outbox, which the relay empties concurrently. */
    private Document byEmail(String email) {
        Document member = mongo.getCollection("members")
                .find(new Document("emailKey", email.toLowerCase()))
                .first();
        if (member != null) {
            member.remove("outbox");
            member.remove("outboxLease");
        }
        return member;
    }

    private static String registration(String email, String password, String regionId) {
        return """
                {"email":"%s","password":"%s","name":"Dewi Lestari","regionId":"%s",
                 "subjects":["IPA","Matematika","ipa"],"levels":["SMP","SD"],"educatorType":"PENDIDIK"}""".formatted(email, password, regionId);
    }
}
