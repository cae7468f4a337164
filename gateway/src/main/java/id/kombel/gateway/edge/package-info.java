/**
 * What every request and response passes at the door, whoever the caller: an {@code X-Request-Id}
 * (kept when the client sent a sane one, made up otherwise, forwarded to the services and returned),
 * a bound on the request body, and the settings for browsers (web origins allowed by CORS, HSTS).
 */
@NullMarked
package id.kombel.gateway.edge;

import org.jspecify.annotations.NullMarked;
