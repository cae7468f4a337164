package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Each path reaches the service that owns it; the most specific route wins; nothing else is routed. */
class RoutingTest extends GatewayTestSupport {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/v1/members/m1, membership",
        "/api/v1/auth/sessions, membership",
        "/api/v1/regions/r1, membership",
        "/api/v1/communities, membership",
        "/api/v1/communities/c1, membership",
        "/api/v1/communities/c1/memberships, membership",
        "/api/v1/notifications, membership",
        "/api/v1/engagement/m1, membership",
        "/api/v1/communities/c1/activities, learning",
        "/api/v1/communities/c1/activities/a1, learning",
        "/api/v1/communities/c1/resources, learning",
        "/api/v1/activities/a1/registrations, learning",
        "/api/v1/resources/r1, learning",
        "/api/v1/goals, learning",
        "/api/v1/reflections/f1, learning",
        "/api/v1/learning-records/m1, learning",
        "/api/v1/certificates/x1, learning",
        "/api/v1/problems/p1/recommendations, learning",
        "/api/v1/communities/c1/problems, discussion",
        "/api/v1/communities/c1/problems/p9, discussion",
        "/api/v1/problems/p1, discussion",
        "/api/v1/problems/p1/solutions, discussion",
        "/api/v1/solutions/s1, discussion",
        "/api/v1/trials/t1, discussion"
    })
    void routesEachPathToTheServiceThatOwnsIt(String path, String service) {
        http.get()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-routing")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo(service + " " + path);
    }

    @Test
    void routesTheKeySetToMembershipServiceWithoutAToken() {
        http.get()
                .uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("membership /.well-known/jwks.json");
    }

    @Test
    void answersUnknownPathsWithANotFoundProblem() {
        http.get()
                .uri("/api/v1/unknown")
                .headers(headers -> headers.setBearerAuth(tokens.member("m-routing")))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/not-found");
    }

    @Test
    void neverRoutesAServicesActuator() {
        http.get()
                .uri("/actuator/replay/membership.community")
                .headers(headers -> headers.setBearerAuth(tokens.platformAdmin("admin")))
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(membership.hits("/actuator/replay/membership.community")).isZero();
    }

    @Test
    void refusesPathsThatClimbOutOfARoute() {
        http.get()
                .uri("/api/v1/members/../../actuator/health")
                .headers(headers -> headers.setBearerAuth(tokens.platformAdmin("admin")))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(membership.hits("/actuator/health")).isZero();
        assertThat(membership.hits("/api/v1/members/../../actuator/health")).isZero();
    }
}
