package id.kombel.membership.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One sign-in's chain of refresh tokens. Only {@code currentHash} is valid; rotating swaps it with
 * one compare-and-set, so two presentations of the same token can never both succeed. A family is
 * revoked at logout or when a replaced token comes back (someone else holds a copy).
 */
@Document("refresh_token_families")
class RefreshTokenFamily {

    @Id
    private String id;

    @Indexed
    private String memberId;

    private String currentHash;
    private @Nullable Instant revokedAt;

    @Indexed(expireAfter = "0s")
    private Instant expiresAt;

    @PersistenceCreator
    RefreshTokenFamily(String id, String memberId, String currentHash, @Nullable Instant revokedAt, Instant expiresAt) {
        this.id = id;
        this.memberId = memberId;
        this.currentHash = currentHash;
        this.revokedAt = revokedAt;
        this.expiresAt = expiresAt;
    }

    String id() {
        return id;
    }

    String memberId() {
        return memberId;
    }

    String currentHash() {
        return currentHash;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
