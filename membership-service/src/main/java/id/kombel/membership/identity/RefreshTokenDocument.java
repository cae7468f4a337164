package id.kombel.membership.identity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A refresh token ever issued, by the SHA-256 of its value (the value itself is never stored), and
 * the family it belongs to. Kept until it expires even after rotation: presenting a rotated token is
 * how theft is detected. MongoDB removes expired ones (TTL index).
 */
@Document("refresh_tokens")
class RefreshTokenDocument {

    @Id
    private String hash;

    @Indexed
    private String familyId;

    @Indexed(expireAfter = "0s")
    private Instant expiresAt;

    @PersistenceCreator
    RefreshTokenDocument(String hash, String familyId, Instant expiresAt) {
        this.hash = hash;
        this.familyId = familyId;
        this.expiresAt = expiresAt;
    }

    String hash() {
        return hash;
    }

    String familyId() {
        return familyId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
