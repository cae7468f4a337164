/**
 * The region dashboard for a region's admins: the three services' insights on one region, fetched
 * in parallel, each behind its own time limit and circuit breaker, so that a service that is down
 * or slow leaves its part marked unavailable while the rest still comes back (never a 5xx).
 */
@NullMarked
package id.kombel.gateway.dashboard;

import org.jspecify.annotations.NullMarked;
