package id.kombel.membership.identity;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The signing keys an instance knows, newest generation first. The newest signs; an older key
 * stopped signing when its successor was created and keeps validating for {@code retirement} after
 * that (every token it signed has expired by then). A value: instances swap in a new ring on reload.
 */
record KeyRing(List<Entry> keys) {

    KeyRing {
        keys = keys.stream()
                .sorted(Comparator.comparingLong(Entry::generation).reversed())
                .toList();
    }

    /** One key: its generation, the key itself (private part included) and when it was created. */
    record Entry(long generation, RSAKey key, Instant createdAt) {

        String kid() {
            return key.getKeyID();
        }
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    Entry current() {
        if (keys.isEmpty()) {
            throw new IllegalStateException("no signing key");
        }
        return keys.get(0);
    }

    /** The current key and the retired ones still within their retirement, as public keys. */
    List<RSAKey> published(Instant now, Duration retirement) {
        List<RSAKey> published = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (i == 0 || keys.get(i - 1).createdAt().plus(retirement).isAfter(now)) {
                published.add(keys.get(i).key().toPublicJWK());
            }
        }
        return published;
    }

    /** Retired keys past their retirement: nothing they signed is valid any more. */
    List<Entry> expired(Instant now, Duration retirement) {
        List<Entry> expired = new ArrayList<>();
        for (int i = 1; i < keys.size(); i++) {
            if (!keys.get(i - 1).createdAt().plus(retirement).isAfter(now)) {
                expired.add(keys.get(i));
            }
        }
        return expired;
    }

    boolean rotationDue(Instant now, Duration rotation) {
        return keys.isEmpty() || !current().createdAt().plus(rotation).isAfter(now);
    }
}
