/**
 * The one door for web and mobile clients: routes {@code /api/v1/**} to the service that owns each
 * path, and checks at the edge what every request must pass before a service spends anything on it
 * (token, rate limit, size), while the services still validate tokens themselves.
 */
@NullMarked
package id.kombel.gateway;

import org.jspecify.annotations.NullMarked;
