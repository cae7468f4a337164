package id.kombel.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import id.kombel.gateway.ratelimit.RateLimitProperties.Quota;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this process, for a single gateway. Memory is bounded: at most
 * {@code maxTrackedClients} buckets, and a bucket untouched for a whole period (full again by then)
 * is dropped.
 */
class InProcessRateLimiter implements ClientRateLimiter {

    private final Cache<String, TokenBucket> buckets;
    private final Ticker ticker;

    InProcessRateLimiter(int maxTrackedClients, Duration longestPeriod, Ticker ticker) {
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxTrackedClients)
                .expireAfterAccess(longestPeriod)
                .ticker(ticker)
                .build();
    }

    @Override
    public Mono<Verdict> tryAcquire(String policy, Quota quota, String client) {
        TokenBucket bucket = buckets.get(policy + '|' + client, key -> new TokenBucket(quota, ticker.read()));
        return Mono.just(bucket.take(quota, ticker.read()));
    }

    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static final class TokenBucket {

        private double tokens;
        private long refilledAt;

        TokenBucket(Quota quota, long now) {
            this.tokens = quota.requests();
            this.refilledAt = now;
        }

        synchronized Verdict take(Quota quota, long now) {
            double perNano = quota.perSecond() / 1e9;
            tokens = Math.min(quota.requests(), tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Verdict.allow();
            }
            // to the millisecond: floating-point dust must not turn a 1 s wait into a 2 s Retry-After
            long millis = Math.max(1, Math.round((1 - tokens) / perNano / 1e6));
            return Verdict.refuse(Duration.ofMillis(millis));
        }
    }
}
