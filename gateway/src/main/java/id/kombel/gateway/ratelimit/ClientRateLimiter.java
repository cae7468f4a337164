package id.kombel.gateway.ratelimit;

import id.kombel.gateway.ratelimit.RateLimitProperties.Quota;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** Spends one request of a client's quota, wherever the quotas are kept. */
interface ClientRateLimiter {

    /**
     * @param policy the name of the quota ({@code login}, {@code member}, {@code anonymous}); clients
     *     are counted separately per policy
     * @param client who is counted, e.g. {@code member:m-17} or {@code ip:10.1.2.3}
     */
    Mono<Verdict> tryAcquire(String policy, Quota quota, String client);

    /** Whether the request may pass, and if not, when the client may try again. */
    record Verdict(boolean allowed, Duration retryAfter) {

        static Verdict allow() {
            return new Verdict(true, Duration.ZERO);
        }

        static Verdict refuse(Duration retryAfter) {
            return new Verdict(false, retryAfter);
        }
    }
}
