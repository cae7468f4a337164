package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** One Swagger UI at the gateway, listing every service's OpenAPI document, served without a token. */
class ApiDocumentationTest extends GatewayTestSupport {

    @Test
    void servesSwaggerUiWithTheServicesDocuments() {
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        http.get()
                .uri("/webjars/swagger-ui/index.html")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Content-Security-Policy", "default-src 'self'.*");
        http.get()
                .uri("/v3/api-docs/gateway/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'membership-service')].url")
                .isEqualTo("/v3/api-docs/membership")
                .jsonPath("$.urls[?(@.name == 'learning-service')].url")
                .isEqualTo("/v3/api-docs/learning")
                .jsonPath("$.urls[?(@.name == 'discussion-service')].url")
                .isEqualTo("/v3/api-docs/discussion");
    }

    @Test
    void fetchesEachServicesDocumentFromItsOwnApiDocs() {
        membership.answer(
                "/v3/api-docs", 200, "application/json", "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"m\"}}");
        http.get()
                .uri("/v3/api-docs/membership")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.info.title")
                .isEqualTo("m");
        StubService.Received received = membership.received("/v3/api-docs").get(membership.hits("/v3/api-docs") - 1);
        // the document's server URL must be the gateway's, where "Try it out" is sent
        assertThat(received.header(HttpHeaders.HOST))
                .doesNotContain(String.valueOf(membership.uri().getPort()));

        http.get().uri("/v3/api-docs/learning").exchange().expectStatus().isOk();
        http.get().uri("/v3/api-docs/discussion").exchange().expectStatus().isOk();
    }

    @Test
    void documentsTheGatewaysOwnDashboard() {
        http.get()
                .uri("/v3/api-docs/gateway")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/regions/{regionId}/dashboard'].get")
                .exists();
    }
}
