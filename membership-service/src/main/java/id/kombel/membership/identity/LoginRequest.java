package id.kombel.membership.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Passwords longer than any registration accepts are refused before they cost a hash, and so are
 * passwords that are not Unicode text (an unpaired surrogate such as U+D800): no
 * registration accepts one and Argon2 cannot encode it as UTF-8.
 */
record LoginRequest(
        @NotBlank @Size(max = 254) String email,

        @NotNull @Size(max = 128) @Pattern(regexp = "\\P{Cs}*")
        String password) {}
