package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import id.kombel.test.TestIdentity;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Only RS256 tokens from membership-service, for this API, unexpired, pass the door. */
class TokenValidationTest extends GatewayTestSupport {

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                Arguments.of("alg none", (Function<String, String>) tokens::unsigned),
                Arguments.of("HS256 keyed with the public key", (Function<String, String>) tokens::hmacWithPublicKey),
                Arguments.of("wrong issuer", (Function<String, String>) tokens::wrongIssuer),
                Arguments.of("wrong audience", (Function<String, String>) tokens::wrongAudience),
                Arguments.of("expired", (Function<String, String>) tokens::expired),
                Arguments.of("no expiry", (Function<String, String>) tokens::withoutExpiry),
                Arguments.of("payload changed after signing", (Function<String, String>) tokens::tampered),
                Arguments.of("signed by a key nobody published", (Function<String, String>)
                        member -> tokens.signedWith(TestIdentity.newKey(), member)),
                Arguments.of("not a token at all", (Function<String, String>) member -> "garbage." + member));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void refusesForgedAndStaleTokensBeforeAnyServiceSeesThem(String kind, Function<String, String> token) {
        String path = "/api/v1/goals/" + unique("forged");
        http.get()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(token.apply("m-mallory")))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/unauthorized")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.title")
                .isEqualTo("Perlu masuk");
        assertThat(learning.hits(path)).isZero();
    }

    @Test
    void refusesARequestWithoutATokenInTheClientsLanguage() {
        String path = "/api/v1/goals/" + unique("anonymous");
        http.get()
                .uri(path)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Authentication required");
        assertThat(learning.hits(path)).isZero();
    }

    @Test
    void forwardsAValidTokenAndTheRequestIdToTheService() {
        String path = "/api/v1/goals/" + unique("valid");
        String token = tokens.member("m-ani");
        String requestId = http.get()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Request-Id");

        StubService.Received received = learning.received(path).get(0);
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        assertThat(requestId).isNotBlank();
        assertThat(received.header("X-Request-Id")).isEqualTo(requestId);
    }

    @ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "POST, /api/v1/members, membership",
        "POST, /api/v1/auth/login, membership",
        "POST, /api/v1/auth/refresh, membership",
        "POST, /api/v1/auth/logout, membership",
        "GET, /api/v1/certificates/c-17/verification, learning",
        "GET, /.well-known/jwks.json, membership"
    })
    void servesPublicPathsWithoutAToken(String method, String path, String service) {
        http.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo(service + " " + path);
    }

    @Test
    void ignoresAStaleTokenOnAPublicPath() {
        http.post()
                .uri("/api/v1/auth/refresh")
                .headers(headers -> headers.setBearerAuth(tokens.expired("m-ani")))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void keepsOtherMethodsOnPublicPathsClosed() {
        http.get().uri("/api/v1/members").exchange().expectStatus().isUnauthorized();
        http.post()
                .uri("/api/v1/certificates/c-17/verification")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.get().uri("/api/v1/auth/login").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void acceptsTokensSignedWithARotatedKeyOnceMembershipServicePublishesIt() {
        RSAKey rotated = TestIdentity.newKey();
        String path = "/api/v1/goals/" + unique("rotated");
        String token = tokens.signedWith(rotated, "m-budi");
        http.get()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isUnauthorized();

        tokens.publish(rotated);

        http.get()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(learning.hits(path)).isEqualTo(1);
    }

    @Test
    void answers503NotAServerErrorWhenTheKeysCannotBeFetched() {
        http.get()
                .uri("/api/v1/goals")
                .headers(headers -> headers.setBearerAuth(tokens.member("m-warm-up")))
                .exchange()
                .expectStatus()
                .isOk();
        String path = "/api/v1/goals/" + unique("keys-offline");
        tokens.takeJwksOffline();
        try {
            http.get()
                    .uri(path)
                    .headers(headers -> headers.setBearerAuth(tokens.signedWith(TestIdentity.newKey(), "m-citra")))
                    .exchange()
                    .expectStatus()
                    .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectHeader()
                    .exists(HttpHeaders.RETRY_AFTER)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://kombel.id/problems/identity-unavailable");
            assertThat(learning.hits(path)).isZero();

            // keys already fetched keep working while membership-service is out of reach
            http.get()
                    .uri(path)
                    .headers(headers -> headers.setBearerAuth(tokens.member("m-citra")))
                    .exchange()
                    .expectStatus()
                    .isOk();
        } finally {
            tokens.bringJwksBack();
        }
    }

    @Test
    void keepsTheGatewaysOwnMetricsForPlatformAdmins() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        http.get()
                .uri("/actuator/prometheus")
                .headers(headers -> headers.setBearerAuth(tokens.member("m-ani")))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden");
        http.get()
                .uri("/actuator/prometheus")
                .headers(headers -> headers.setBearerAuth(tokens.platformAdmin("admin")))
                .exchange()
                .expectStatus()
                .isOk();
    }
}
