package id.kombel.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.gateway.ratelimit.RateLimitProperties.Quota;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

class RedisClientRateLimiterTest {

    @Test
    void expressesAQuotaPerPeriodInRedisRateLimitersWholeTokensPerSecond() {
        RedisRateLimiter.Config fivePerMinute = RedisClientRateLimiter.config(new Quota(5, Duration.ofMinutes(1)));

        // a request costs 60 tokens, 5 come back each second: 5 requests per minute, 5 at once
        assertThat(fivePerMinute.getRequestedTokens()).isEqualTo(60);
        assertThat(fivePerMinute.getReplenishRate()).isEqualTo(5);
        assertThat(fivePerMinute.getBurstCapacity()).isEqualTo(300);
    }
}
