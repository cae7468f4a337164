package id.kombel.membership.member;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing: Argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane: {@link
 * PasswordHashing}). Hashes carry their
 * scheme ({@code {argon2}...}), so stronger parameters or another scheme can be introduced later and
 * old hashes upgraded at the next successful sign-in ({@link #needsUpgrade}); bcrypt hashes are
 * still verified for that reason. Argon2 rather than bcrypt because bcrypt ignores everything past 72
 * bytes of a password, and we accept passphrases up to 128 characters.
 *
 * <p>Each hash takes ~19 MiB for a moment. A burst of sign-ins must not exhaust the heap, so at most
 * a few hashes run at once; the rest wait their turn.
 */
@Component
@EnableConfigurationProperties(PasswordHashing.class)
class Passwords {

    private static final String ARGON2 = "argon2";
    private static final int MAX_CONCURRENT_HASHES =
            Math.max(2, Runtime.getRuntime().availableProcessors());

    private final PasswordEncoder encoder;
    private final Semaphore permits = new Semaphore(MAX_CONCURRENT_HASHES, true);
    private final String dummyHash;

    Passwords(PasswordHashing cost) {
        this.encoder = new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(
                        ARGON2,
                        new Argon2PasswordEncoder(16, 32, 1, cost.memoryKib(), cost.iterations()),
                        "bcrypt",
                        new BCryptPasswordEncoder(12)));
        this.dummyHash = hash(UUID.randomUUID().toString());
    }

    String hash(String password) {
        return bounded(() -> encoder.encode(password));
    }

    /**
     * False at once for a password that is not Unicode text (an unpaired surrogate such as U+D800):
     * no registration accepts one, so it matches no account, and Argon2 cannot encode it as UTF-8.
     * Request records refuse such passwords first; this keeps every caller of {@code matches} safe.
     */
    boolean matches(String password, String hash) {
        if (!isText(password)) {
            return false;
        }
        return bounded(() -> encoder.matches(password, hash));
    }

    static boolean isText(String password) {
        return password.codePoints().noneMatch(codePoint -> Character.getType(codePoint) == Character.SURROGATE);
    }

    /**
     * Costs what checking a real password costs, for sign-ins with an unknown email: the answer time
     * must not tell whether an account exists.
     */
    void matchNothing(String password) {
        matches(password, dummyHash);
    }

    boolean needsUpgrade(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private <T> T bounded(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
