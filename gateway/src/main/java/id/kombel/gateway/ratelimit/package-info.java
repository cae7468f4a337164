/**
 * Per-client rate limits: by the token's subject for signed-in members, by address for anonymous
 * calls, and stricter on login by address (credential stuffing). One {@link
 * id.kombel.gateway.ratelimit.ClientRateLimiter} with two stores chosen by configuration: token
 * buckets in this process, or Spring Cloud Gateway's {@code RedisRateLimiter} when
 * {@code REDIS_HOST} is set, so that the limits hold across gateway replicas. Refusals are 429
 * problems with {@code Retry-After}.
 */
@NullMarked
package id.kombel.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
