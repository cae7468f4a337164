package id.kombel.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import id.kombel.gateway.ratelimit.ClientRateLimiter.Verdict;
import id.kombel.gateway.ratelimit.RateLimitProperties.Quota;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InProcessRateLimiterTest {

    private static final Quota FIVE_PER_MINUTE = new Quota(5, Duration.ofMinutes(1));

    private final AtomicLong now = new AtomicLong();
    private final Ticker clock = now::get;

    @Test
    void letsAWholeQuotaThroughAtOnceThenSaysWhenTheNextRequestMayCome() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(100, Duration.ofMinutes(1), clock);
        for (int request = 0; request < 5; request++) {
            assertThat(take(limiter, "ip:10.0.0.1").allowed()).isTrue();
        }
        Verdict refused = take(limiter, "ip:10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(12));

        advance(Duration.ofSeconds(11));
        assertThat(take(limiter, "ip:10.0.0.1").retryAfter()).isEqualTo(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(1));
        assertThat(take(limiter, "ip:10.0.0.1").allowed()).isTrue();
        assertThat(take(limiter, "ip:10.0.0.1").allowed()).isFalse();
    }

    @Test
    void countsClientsAndPoliciesSeparately() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(100, Duration.ofMinutes(1), clock);
        for (int request = 0; request < 5; request++) {
            take(limiter, "ip:10.0.0.1");
        }
        assertThat(take(limiter, "ip:10.0.0.1").allowed()).isFalse();
        assertThat(take(limiter, "ip:10.0.0.2").allowed()).isTrue();
        assertThat(limiter.tryAcquire("anonymous", FIVE_PER_MINUTE, "ip:10.0.0.1")
                        .block()
                        .allowed())
                .isTrue();
    }

    @Test
    void remembersABoundedNumberOfClientsAndForgetsIdleOnes() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(1000, Duration.ofMinutes(1), clock);
        for (int client = 0; client < 5000; client++) {
            take(limiter, "ip:10.0." + (client / 256) + "." + (client % 256));
        }
        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(1000);

        advance(Duration.ofMinutes(2));
        assertThat(limiter.trackedClients()).isZero();
    }

    private Verdict take(InProcessRateLimiter limiter, String client) {
        return limiter.tryAcquire("login", FIVE_PER_MINUTE, client).block();
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
