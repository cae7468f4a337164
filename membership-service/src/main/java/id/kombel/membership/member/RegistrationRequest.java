package id.kombel.membership.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What someone sends to register. The password's rules (length, not the email, not a common one)
 * are business rules checked by {@link PasswordPolicy}, answered with their own problem types; a
 * password that is not Unicode text (an unpaired surrogate, which Argon2 cannot encode as UTF-8) is
 * invalid input.
 */
record RegistrationRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Pattern(regexp = "\\P{Cs}*") String password,
        @NotBlank @Size(max = 120) String name,

        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String regionId,

        @Size(max = 160) @Nullable String school,
        @Size(max = 12) @Nullable List<@NotBlank @Size(max = 60) String> subjects,
        @Nullable Set<@NotNull Level> levels,
        @NotNull EducatorType educatorType) {}
