package id.kombel.gateway.ratelimit;

import id.kombel.gateway.ratelimit.RateLimitProperties.Quota;
import java.time.Duration;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, shared by every gateway replica, through Spring Cloud Gateway's
 * {@link RedisRateLimiter} (one atomic Lua script per request). Its rates are whole tokens per
 * second, so a quota of {@code n} requests per {@code s} seconds is a bucket of {@code n·s} tokens
 * refilled at {@code n} per second, each request costing {@code s}. When Redis fails, the limiter
 * lets requests through rather than taking the API down with it.
 */
class RedisClientRateLimiter implements ClientRateLimiter {

    private final RedisRateLimiter redis;

    RedisClientRateLimiter(RedisRateLimiter redis, Map<String, Quota> quotas) {
        this.redis = redis;
        quotas.forEach((policy, quota) -> redis.getConfig().put(policy, config(quota)));
    }

    static RedisRateLimiter.Config config(Quota quota) {
        int seconds = Math.toIntExact(quota.per().toSeconds());
        return new RedisRateLimiter.Config()
                .setReplenishRate(quota.requests())
                .setBurstCapacity((long) quota.requests() * seconds)
                .setRequestedTokens(seconds);
    }

    @Override
    public Mono<Verdict> tryAcquire(String policy, Quota quota, String client) {
        return redis.isAllowed(policy, client)
                .map(response -> response.isAllowed() ? Verdict.allow() : Verdict.refuse(retryAfter(quota, response)));
    }

    /** The time until the bucket holds one request's worth of tokens again. */
    private Duration retryAfter(Quota quota, RateLimiter.Response response) {
        long cost = quota.per().toSeconds();
        long left = 0;
        String remaining = response.getHeaders().get(redis.getRemainingHeader());
        if (remaining != null) {
            left = Math.max(0, Long.parseLong(remaining));
        }
        double seconds = (cost - left) / (double) quota.requests();
        return Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }
}
