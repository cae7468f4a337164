/**
 * How the gateway treats the services behind it: one Resilience4j circuit breaker and time limiter
 * per route (settings in {@code application.yml}), GET-only retries on connection errors, and
 * while a service is down a fast 503 whose {@code Retry-After} is the breaker's wait in the open
 * state.
 */
@NullMarked
package id.kombel.gateway.upstream;

import org.jspecify.annotations.NullMarked;
