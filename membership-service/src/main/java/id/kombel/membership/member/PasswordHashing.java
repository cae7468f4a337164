package id.kombel.membership.member;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The cost of Argon2id password hashing ({@code kombel.passwords.*}). The defaults are OWASP's
 * (19 MiB, 2 passes, 1 lane) and are what every deployment runs; raising them upgrades stored hashes
 * at the next sign-in. Only the modules' own tests lower them (the test infrastructure sets 1 MiB and
 * 1 pass), since a test signs members up by the dozen and what it checks is not the hash's cost.
 *
 * @param memoryKib memory per hash, in KiB
 * @param iterations passes over that memory
 */
@Validated
@ConfigurationProperties("kombel.passwords")
public record PasswordHashing(
        @DefaultValue("19456") @Min(1024) int memoryKib,
        @DefaultValue("2") @Min(1) int iterations) {

    /** What a deployment uses. */
    public static final PasswordHashing OWASP = new PasswordHashing(19 * 1024, 2);
}
