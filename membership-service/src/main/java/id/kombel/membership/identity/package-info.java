/**
 * Identity: membership-service issues the platform's tokens. Login with email and password (with a
 * lock after repeated failures), short-lived RS256 access tokens, rotating refresh tokens with theft
 * detection, the signing keys (kept in MongoDB, rotated, published as a JWKS) and the bootstrap
 * platform admin. The service validates its own tokens with the same keys, never over HTTP.
 */
@NullMarked
package id.kombel.membership.identity;

import org.jspecify.annotations.NullMarked;
