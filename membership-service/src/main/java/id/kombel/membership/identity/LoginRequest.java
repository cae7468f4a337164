package id.kombel.membership.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Passwords longer than any registration accepts are refused before they cost a hash. */
record LoginRequest(
        @NotBlank @Size(max = 254) String email,
        @NotNull @Size(max = 128) String password) {}
