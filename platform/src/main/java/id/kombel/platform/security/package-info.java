/**
 * Token validation and the caller's identity, the same in every service: RS256 JWTs issued by
 * membership-service, checked for signature (keys from its JWKS), issuer, audience and expiry;
 * requests without a valid token get a 401 problem, forbidden actions a 403 problem. Controllers take
 * a {@link id.kombel.platform.security.Caller} parameter and features check object-level rules with
 * it.
 */
@NullMarked
package id.kombel.platform.security;

import org.jspecify.annotations.NullMarked;
