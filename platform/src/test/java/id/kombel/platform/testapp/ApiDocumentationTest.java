package id.kombel.platform.testapp;

import id.kombel.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The OpenAPI document tells clients how to authenticate and lists only what the server reads. */
@IntegrationTest
@AutoConfigureRestTestClient
class ApiDocumentationTest {

    @Autowired
    RestTestClient http;

    @Test
    void declaresTheBearerTokenSchemeForEveryOperationButThePublicOnes() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.securitySchemes.bearerAuth.type")
                .isEqualTo("http")
                .jsonPath("$.components.securitySchemes.bearerAuth.scheme")
                .isEqualTo("bearer")
                .jsonPath("$.components.securitySchemes.bearerAuth.bearerFormat")
                .isEqualTo("JWT")
                .jsonPath("$.security[0].bearerAuth")
                .isArray()
                .jsonPath("$.paths['/api/v1/whoami'].get.security")
                .doesNotExist()
                .jsonPath("$.paths['/api/v1/guest-notes'].post.security")
                .isEmpty();
    }

    @Test
    void doesNotDocumentTheCallerAsAParameter() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/whoami'].get")
                .exists()
                .jsonPath("$.paths['/api/v1/whoami'].get.parameters")
                .doesNotExist()
                .jsonPath("$.paths..parameters[?(@.name == 'caller')]")
                .isEmpty();
    }
}
