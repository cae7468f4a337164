package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The region dashboard: composed from the three services' insights, partial but never a 5xx when
 * one is down or slow (test limit per part: 1 s), and only for the region's admins.
 */
class RegionDashboardTest extends GatewayTestSupport {

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void closeAllBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void composesTheThreeServicesInsightsForTheRegionsAdmin() {
        String region = unique("kota-bandung");
        answerInsights(region);
        String token = tokens.regionAdmin("m-dinas", region);

        http.get()
                .uri("/api/v1/regions/{region}/dashboard", region)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.regionId")
                .isEqualTo(region)
                .jsonPath("$.partial")
                .isEqualTo(false)
                .jsonPath("$.parts.membership.status")
                .isEqualTo("ok")
                .jsonPath("$.parts.membership.data.activeMembers")
                .isEqualTo(120)
                .jsonPath("$.parts.learning.data.learningHours")
                .isEqualTo(340)
                .jsonPath("$.parts.discussion.data.solvedProblems")
                .isEqualTo(12);

        String insights = insightsPath(region);
        assertThat(membership.received(insights).get(0).header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + token);
        assertThat(learning.received(insights).get(0).header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + token);
        assertThat(discussion.received(insights).get(0).header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + token);
    }

    @Test
    void marksPartsUnavailableWhenAServiceIsDownOrSlowAndStillAnswers() {
        String region = unique("kabupaten-sleman");
        answerInsights(region);
        learning.answerSlowly(insightsPath(region), Duration.ofSeconds(5), "{\"learningHours\":1}");
        discussion.stop();
        long started = System.nanoTime();
        try {
            http.get()
                    .uri("/api/v1/regions/{region}/dashboard", region)
                    .headers(headers -> headers.setBearerAuth(tokens.regionAdmin("m-dinas", region)))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.partial")
                    .isEqualTo(true)
                    .jsonPath("$.parts.membership.status")
                    .isEqualTo("ok")
                    .jsonPath("$.parts.membership.data.activeMembers")
                    .isEqualTo(120)
                    .jsonPath("$.parts.learning.status")
                    .isEqualTo("unavailable")
                    .jsonPath("$.parts.learning.data")
                    .doesNotExist()
                    .jsonPath("$.parts.discussion.status")
                    .isEqualTo("unavailable");
        } finally {
            discussion.restart();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void marksAPartUnavailableWhenItsServiceAnswersWithAnError() {
        String region = unique("kota-ambon");
        answerInsights(region);
        membership.answer(insightsPath(region), 503, "application/problem+json", "{}");
        http.get()
                .uri("/api/v1/regions/{region}/dashboard", region)
                .headers(headers -> headers.setBearerAuth(tokens.platformAdmin("m-admin")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.partial")
                .isEqualTo(true)
                .jsonPath("$.parts.membership.status")
                .isEqualTo("unavailable")
                .jsonPath("$.parts.discussion.status")
                .isEqualTo("ok");
    }

    @Test
    void refusesAnotherRegionsAdminWithoutAskingAnyService() {
        String region = unique("kota-jayapura");
        http.get()
                .uri("/api/v1/regions/{region}/dashboard", region)
                .headers(headers -> headers.setBearerAuth(tokens.regionAdmin("m-other", "kota-merauke")))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden");
        http.get()
                .uri("/api/v1/regions/{region}/dashboard", region)
                .headers(headers -> headers.setBearerAuth(tokens.member("m-teacher")))
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(membership.hits(insightsPath(region))).isZero();
        assertThat(learning.hits(insightsPath(region))).isZero();
        assertThat(discussion.hits(insightsPath(region))).isZero();
    }

    private static void answerInsights(String region) {
        membership.answer(insightsPath(region), 200, "application/json", "{\"activeMembers\":120}");
        learning.answer(insightsPath(region), 200, "application/json", "{\"learningHours\":340}");
        discussion.answer(insightsPath(region), 200, "application/json", "{\"solvedProblems\":12}");
    }

    private static String insightsPath(String region) {
        return "/api/v1/regions/" + region + "/insights";
    }
}
