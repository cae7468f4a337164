package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a request costs the gateway must not grow back: a token's signature is checked once, not on
 * every request that carries it, and a request leaves no meter behind (a tag per path or per
 * request would grow the registry, and the scrape, without bound). Counted, not timed, so that a
 * busy machine cannot make it flaky.
 */
class EdgeCostTest extends GatewayTestSupport {

    private static final int REQUESTS = 20;

    @Autowired
    MeterRegistry meters;

    @Test
    void checksTheSignatureOfATokenOnceForAllTheRequestsCarryingIt() {
        String token = tokens.member(unique("m-cost"));
        double checksBefore = tokenGets("miss");
        double servedBefore = tokenGets("hit");

        for (int request = 0; request < REQUESTS; request++) {
            patient()
                    .get()
                    .uri("/api/v1/goals/" + unique("g"))
                    .headers(headers -> headers.setBearerAuth(token))
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        assertThat(tokenGets("miss") - checksBefore).isEqualTo(1);
        assertThat(tokenGets("hit") - servedBefore).isEqualTo(REQUESTS - 1);
    }

    @Test
    void checksEveryForgedTokenInFull() {
        String forged = tokens.tampered(unique("m-mallory"));
        double checksBefore = tokenGets("miss");

        for (int request = 0; request < 3; request++) {
            patient()
                    .get()
                    .uri("/api/v1/goals/" + unique("g"))
                    .headers(headers -> headers.setBearerAuth(forged))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }

        assertThat(tokenGets("miss") - checksBefore).isEqualTo(3);
    }

    @Test
    void leavesNoMeterBehindPerPathOrPerRequest() {
        String token = tokens.member(unique("m-meters"));
        // the first request of a route, a status and a client registers that route's series once
        get("/api/v1/goals/" + unique("g"), token);
        get("/api/v1/goals/" + unique("g"), token);
        int metersBefore = meters.getMeters().size();

        for (int request = 0; request < REQUESTS; request++) {
            get("/api/v1/goals/" + unique("g"), token);
        }

        assertThat(meters.getMeters()).hasSize(metersBefore);
    }

    private void get(String path, String token) {
        patient()
                .get()
                .uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** The first request of a fresh gateway on a busy machine may take longer than the default 5 s. */
    private WebTestClient patient() {
        return http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    private double tokenGets(String result) {
        return meters.get("cache.gets")
                .tag("cache", "verified-tokens")
                .tag("result", result)
                .functionCounter()
                .count();
    }
}
