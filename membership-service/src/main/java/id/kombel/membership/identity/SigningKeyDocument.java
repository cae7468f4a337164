package id.kombel.membership.identity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signing key as stored: its id ({@code kid}), its generation and the private RSA JWK. The unique
 * generation is what makes creation race-free across instances: two instances that both find the
 * key due (or no key at all) both try to insert generation n+1, and only one succeeds.
 */
@Document("signing_keys")
class SigningKeyDocument {

    @Id
    private String id;

    @Indexed(unique = true)
    private long generation;

    private String jwk;
    private Instant createdAt;

    @PersistenceCreator
    SigningKeyDocument(String id, long generation, String jwk, Instant createdAt) {
        this.id = id;
        this.generation = generation;
        this.jwk = jwk;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    long generation() {
        return generation;
    }

    String jwk() {
        return jwk;
    }

    Instant createdAt() {
        return createdAt;
    }
}
