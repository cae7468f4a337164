package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Only membership-service's RS256 tokens, for this audience, unexpired and untampered, get in. */
@IntegrationTest
@AutoConfigureRestTestClient
class TokenValidationTest {

    static final TestIdentity identity = TestIdentity.shared();

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                Arguments.of("expired", (Function<String, String>) identity::expired),
                Arguments.of("alg none", (Function<String, String>) identity::unsigned),
                Arguments.of("HS256 with the public key", (Function<String, String>) identity::hmacWithPublicKey),
                Arguments.of("wrong issuer", (Function<String, String>) identity::wrongIssuer),
                Arguments.of("wrong audience", (Function<String, String>) identity::wrongAudience),
                Arguments.of("no expiry", (Function<String, String>) identity::withoutExpiry),
                Arguments.of("no subject", (Function<String, String>) identity::withoutSubject),
                Arguments.of("unknown signing key", (Function<String, String>) identity::signedByStranger),
                Arguments.of("tampered payload", (Function<String, String>) identity::tampered),
                Arguments.of("garbage", (Function<String, String>) id -> "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void refusesForgedOrStaleTokensWithA401Problem(String kind, Function<String, String> token) {
        http.post()
                .uri("/api/v1/notes")
                .header("Authorization", "Bearer " + token.apply("mallory"))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"should not be stored\"}")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/unauthorized");

        assertThat(mongo.getCollection("notes").countDocuments(new Document("text", "should not be stored")))
                .isZero();
    }

    @Test
    void refusesARequestWithoutAToken() {
        http.get()
                .uri("/api/v1/notes/any")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("WWW-Authenticate", "Bearer");
    }

    @Test
    void letsAValidTokenInAndKnowsTheCaller() {
        http.get()
                .uri("/api/v1/whoami")
                .header("Authorization", "Bearer " + identity.regionAdmin("admin-7", "kab-sleman"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.memberId")
                .isEqualTo("admin-7")
                .jsonPath("$.roles.length()")
                .isEqualTo(2)
                .jsonPath("$.adminRegions[0]")
                .isEqualTo("kab-sleman");
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsAreNot() {
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
    }
}
