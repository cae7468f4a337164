package id.kombel.membership.identity;

/** A token pair (OAuth 2.0 field meanings, Kombel's camel-case names); {@code expiresIn} in seconds. */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {}
