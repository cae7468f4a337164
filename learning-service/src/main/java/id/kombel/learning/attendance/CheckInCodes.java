package id.kombel.learning.attendance;

import id.kombel.learning.activity.Activity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Six-digit check-in codes that rotate every {@link #WINDOW}: HMAC-SHA256 of the activity id and the
 * window number under the activity's own secret (like TOTP). Nobody can work out a code without the
 * secret, which never leaves the server, and a code passed on to an absent colleague stops working
 * within two windows: the current and the previous window are accepted, so a code read just before it
 * rotates still works.
 */
@Component
class CheckInCodes {

    static final Duration WINDOW = Duration.ofSeconds(60);
    private static final int DIGITS = 1_000_000;

    CheckInCode current(Activity activity, Instant now) {
        long window = windowOf(now);
        Instant from = Instant.ofEpochSecond(window * WINDOW.toSeconds());
        return new CheckInCode(code(activity, window), from, from.plus(WINDOW));
    }

    boolean accepts(Activity activity, String candidate, Instant now) {
        long window = windowOf(now);
        return matches(code(activity, window), candidate) || matches(code(activity, window - 1), candidate);
    }

    private static long windowOf(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), WINDOW.toSeconds());
    }

    private static boolean matches(String expected, String candidate) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }

    private static String code(Activity activity, long window) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(activity.checkInSecret(), "HmacSHA256"));
            mac.update(activity.id().getBytes(StandardCharsets.UTF_8));
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(window).array());
            byte[] digest = mac.doFinal();
            int offset = digest[digest.length - 1] & 0x0f; // dynamic truncation, as in RFC 4226
            int value = ByteBuffer.wrap(digest, offset, Integer.BYTES).getInt() & 0x7fffffff;
            return "%06d".formatted(value % DIGITS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The code to show now, and when it stops being the current one. */
    record CheckInCode(String code, Instant validFrom, Instant rotatesAt) {}
}
