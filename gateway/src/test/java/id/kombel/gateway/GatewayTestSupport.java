package id.kombel.gateway;

import id.kombel.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of three stub services and a stub token issuer, shared by
 * every test class of this JVM (one Spring context unless a class changes properties). Limits and
 * breaker windows are small so that tests reach them quickly; rate limits are out of the way except
 * in the rate-limit tests.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kombel.gateway.tokens.jwks-min-refresh-interval=0s",
            "kombel.gateway.rate-limit.login.requests=100000",
            "kombel.gateway.rate-limit.member.requests=100000",
            "kombel.gateway.rate-limit.anonymous.requests=100000",
            "kombel.gateway.edge.web-origins=https://app.kombel.id",
            "spring.cloud.gateway.server.webflux.httpclient.response-timeout=2s",
            "resilience4j.timelimiter.configs.default.timeout-duration=2s",
            "resilience4j.timelimiter.configs.dashboard.timeout-duration=1s",
            "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
            "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=2s",
            "resilience4j.circuitbreaker.configs.default.permitted-number-of-calls-in-half-open-state=2"
        })
@AutoConfigureWebTestClient
abstract class GatewayTestSupport {

    static final StubService membership = StubService.start("membership");
    static final StubService learning = StubService.start("learning");
    static final StubService discussion = StubService.start("discussion");
    static final TestIdentity tokens = TestIdentity.shared();

    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("MEMBERSHIP_URL", () -> membership.uri().toString());
        registry.add("LEARNING_URL", () -> learning.uri().toString());
        registry.add("DISCUSSION_URL", () -> discussion.uri().toString());
        registry.add("kombel.gateway.tokens.jwks-uri", tokens::jwksUri);
    }

    static String unique(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
