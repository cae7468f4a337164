/**
 * Token validation at the edge: RS256 access tokens issued by membership-service, checked for
 * signature (its published keys, cached and refreshed when a token names a key the gateway has not
 * seen yet), issuer, audience and expiry. Everything needs a valid token except the short list of
 * public paths; a refused request never reaches a service. The token is forwarded unchanged and the
 * services check it again.
 */
@NullMarked
package id.kombel.gateway.security;

import org.jspecify.annotations.NullMarked;
