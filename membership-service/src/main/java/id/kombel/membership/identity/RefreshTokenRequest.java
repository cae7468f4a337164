package id.kombel.membership.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token, to rotate (refresh) or to end its sign-in (logout). */
record RefreshTokenRequest(@NotBlank @Size(max = 128) String refreshToken) {}
