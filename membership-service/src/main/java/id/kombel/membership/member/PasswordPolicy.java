package id.kombel.membership.member;

import id.kombel.platform.web.RuleViolationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be beyond its length (10-128, checked on the request): not built from the
 * member's own email, and not one of the passwords attackers try first (a short built-in list,
 * including common Indonesian ones).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    /** Shorter local parts (for example {@code ab@...}) are too likely to occur by chance. */
    private static final int MIN_LOCAL_PART = 3;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("common-passwords.txt");
    }

    void check(String password, EmailAddress email) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new RuleViolationException(
                    "password-length", "password of " + password.length() + " characters", MIN_LENGTH, MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email.localPart();
        if (localPart.length() >= MIN_LOCAL_PART && lower.contains(localPart)) {
            throw new RuleViolationException("password-contains-email", "password contains the email's local part");
        }
        if (common.contains(lower)) {
            throw new RuleViolationException("password-too-common", "password is on the common-passwords list");
        }
    }

    private static Set<String> load(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource, PasswordPolicy.class).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
