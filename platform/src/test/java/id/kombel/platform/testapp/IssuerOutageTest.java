package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * With membership-service down, a service keeps letting in the tokens it can check with the keys it
 * already fetched, long after their time to live (here one second); a token signed with a key it
 * does not hold cannot be judged then, and gets 503 {@code identity-unavailable}, not 401.
 */
@IntegrationTest
@AutoConfigureRestTestClient
@TestPropertySource(properties = {"kombel.security.jwks-cache-ttl=1s", "kombel.security.jwks-min-refresh-interval=0s"})
class IssuerOutageTest {

    static final TestIdentity identity = TestIdentity.shared();

    @Autowired
    RestTestClient http;

    @AfterEach
    void issuerBackOnline() {
        identity.bringJwksBack();
    }

    @Test
    void keepsCheckingTokensWithTheKeysItHoldsWhileTheIssuerIsDown() throws InterruptedException {
        String token = identity.member("m-outage");
        whoami(token).expectStatus().isOk();

        identity.takeJwksOffline();
        Thread.sleep(1_500);

        for (int i = 0; i < 3; i++) {
            whoami(token)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.memberId")
                    .isEqualTo("m-outage");
        }
        whoami(identity.signedWith(TestIdentity.newKey(), "someone-with-a-rotated-key"))
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/identity-unavailable");

        // back online: the held keys are past their one-second life, so the next request fetches them
        identity.bringJwksBack();
        Thread.sleep(1_100);
        int fetches = identity.jwksFetches();
        whoami(token).expectStatus().isOk();
        assertThat(identity.jwksFetches())
                .as("fetched again once the TTL is over")
                .isEqualTo(fetches + 1);
    }

    private RestTestClient.ResponseSpec whoami(String token) {
        return http.get()
                .uri("/api/v1/whoami")
                .header("Authorization", "Bearer " + token)
                .exchange();
    }
}
