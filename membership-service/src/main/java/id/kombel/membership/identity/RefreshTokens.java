package id.kombel.membership.identity;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Opaque refresh tokens: 256 random bits, stored only as their SHA-256, valid for
 * {@code refresh-token-ttl} and good for one use. Each use returns a successor in the same family;
 * a token that was already used comes back only if someone copied it, so the whole family is
 * revoked and whoever holds it must sign in again.
 */
@Component
class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final int TOKEN_BYTES = 32;

    private final MongoTemplate mongo;
    private final IdentityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(MongoTemplate mongo, IdentityProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** The first token of a new family, at sign-in. */
    String issue(String memberId) {
        String token = newToken();
        String hash = hash(token);
        Instant expiresAt = clock.instant().plus(properties.refreshTokenTtl());
        String familyId = UUID.randomUUID().toString();
        mongo.insert(new RefreshTokenDocument(hash, familyId, expiresAt));
        mongo.insert(new RefreshTokenFamily(familyId, memberId, hash, null, expiresAt));
        return token;
    }

    /**
     * Exchanges a valid token for its successor.
     *
     * @return the member and the new token; empty when the token is unknown, expired, revoked or
     *     already used (which revokes its family)
     */
    Optional<Rotated> rotate(String token) {
        String hash = hash(token);
        RefreshTokenDocument presented = mongo.findById(hash, RefreshTokenDocument.class);
        Instant now = clock.instant();
        if (presented == null || !presented.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        String successor = newToken();
        String successorHash = hash(successor);
        Instant expiresAt = now.plus(properties.refreshTokenTtl());
        // stored first, so a family never points at a hash that is not there
        mongo.insert(new RefreshTokenDocument(successorHash, presented.familyId(), expiresAt));
        RefreshTokenFamily family = mongo.findAndModify(
                query(where("_id")
                        .is(presented.familyId())
                        .and("currentHash")
                        .is(hash)
                        .and("revokedAt")
                        .isNull()
                        .and("expiresAt")
                        .gt(now)),
                new Update().set("currentHash", successorHash).set("expiresAt", expiresAt),
                FindAndModifyOptions.options().returnNew(true),
                RefreshTokenFamily.class);
        if (family != null) {
            return Optional.of(new Rotated(family.memberId(), successor));
        }
        mongo.remove(query(where("_id").is(successorHash)), RefreshTokenDocument.class);
        detectReuse(presented.familyId(), hash);
        return Optional.empty();
    }

    /** Ends the sign-in the token belongs to. Unknown tokens are ignored: logging out twice is fine. */
    void revokeFamilyOf(String token) {
        RefreshTokenDocument presented = mongo.findById(hash(token), RefreshTokenDocument.class);
        if (presented != null) {
            revoke(presented.familyId());
        }
    }

    private void detectReuse(String familyId, String hash) {
        RefreshTokenFamily family = mongo.findById(familyId, RefreshTokenFamily.class);
        if (family != null && !family.isRevoked() && !family.currentHash().equals(hash)) {
            revoke(familyId);
            log.warn("replaced refresh token of member {} presented again: its sign-in is revoked", family.memberId());
        }
    }

    private void revoke(String familyId) {
        mongo.updateFirst(
                query(where("_id").is(familyId).and("revokedAt").isNull()),
                new Update().set("revokedAt", clock.instant()),
                RefreshTokenFamily.class);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A successful rotation: whose token it was, and its successor. */
    record Rotated(String memberId, String token) {}
}
