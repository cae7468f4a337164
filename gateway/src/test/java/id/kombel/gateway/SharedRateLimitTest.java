package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * With {@code REDIS_HOST} set, quotas live in Redis: what one gateway counted, another gateway (a
 * second limiter on the same Redis) sees. Needs Docker; skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
@TestPropertySource(
        properties = {"kombel.gateway.rate-limit.anonymous.requests=3", "kombel.gateway.rate-limit.anonymous.per=60s"})
class SharedRateLimitTest extends GatewayTestSupport {

    @Container
    static final GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);

    @DynamicPropertySource
    static void sharedStore(DynamicPropertyRegistry registry) {
        registry.add("REDIS_HOST", redis::getHost);
        registry.add("REDIS_PORT", () -> redis.getMappedPort(6379));
    }

    @Autowired
    ReactiveStringRedisTemplate template;

    @Autowired
    @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME)
    RedisScript<List<Long>> script;

    @Test
    void keepsQuotasInRedisWhereEveryReplicaCountsTheSameClient() {
        for (int call = 0; call < 3; call++) {
            http.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk();
        }
        http.get()
                .uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER);

        assertThat(template.keys("request_rate_limiter.{anonymous.ip:*")
                        .collectList()
                        .block())
                .isNotEmpty();

        RedisRateLimiter anotherReplica = new RedisRateLimiter(template, script, null);
        anotherReplica
                .getConfig()
                .put(
                        "anonymous",
                        new RedisRateLimiter.Config()
                                .setReplenishRate(3)
                                .setBurstCapacity(180)
                                .setRequestedTokens(60));
        assertThat(anotherReplica.isAllowed("anonymous", "ip:127.0.0.1").block().isAllowed())
                .isFalse();
        assertThat(anotherReplica.isAllowed("anonymous", "ip:10.9.8.7").block().isAllowed())
                .isTrue();
    }
}
