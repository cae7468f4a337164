package id.kombel.platform.privacy;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tombstones of erased members, in {@value #COLLECTION}: each one the HMAC-SHA256 of the member's
 * id under the deployment's secret, never the id itself, so the collection says nothing about who
 * was erased to someone without the secret, yet tells whether a given id was.
 *
 * <p>Consulted by every consumer ({@link TombstoneFilter}), every replica write and every token check,
 * so that nothing about an erased member comes back: not from a replay, not from a late event, not
 * with a token issued before the erasure.
 */
public class ErasedMembers {

    /** Who an erased member's remaining content is attributed to. */
    public static final String FORMER_MEMBER = "former-member";

    static final String COLLECTION = "erased_members";
    private static final String INBOX = "event_inbox";
    private static final Pattern MEMBER_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final MongoTemplate mongo;
    private final SecretKeySpec key;
    private final Clock clock;

    public ErasedMembers(MongoTemplate mongo, String secret, Clock clock) {
        if (secret.isBlank()) {
            throw new IllegalArgumentException(
                    "kombel.privacy.tombstone-secret is not set: set KOMBEL_PRIVACY_SECRET to this"
                            + " deployment's secret (the same in every service, never changed afterwards)");
        }
        this.mongo = mongo;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /** Records the tombstone; recording it again changes nothing. */
    public void record(String memberId) {
        mongo.getCollection(COLLECTION)
                .updateOne(
                        Filters.eq("_id", hash(memberId)),
                        Updates.setOnInsert("erasedAt", Date.from(clock.instant())),
                        new UpdateOptions().upsert(true));
    }

    public boolean isErased(String memberId) {
        return !erasedAmong(Set.of(memberId)).isEmpty();
    }

    /**
     * The ids among {@code candidates} that belong to erased members. Only strings shaped like member
     * ids (UUIDs) are looked up, in one query.
     */
    public Set<String> erasedAmong(Collection<String> candidates) {
        Map<String, String> byHash = new HashMap<>();
        for (String candidate : candidates) {
            if (MEMBER_ID.matcher(candidate).matches()) {
                byHash.put(hash(candidate), candidate);
            }
        }
        if (byHash.isEmpty()) {
            return Set.of();
        }
        Set<String> erased = new HashSet<>();
        mongo.getCollection(COLLECTION)
                .find(Filters.in("_id", byHash.keySet()))
                .projection(new Document("_id", 1))
                .forEach(document -> erased.add(byHash.get(document.getString("_id"))));
        return erased;
    }

    /** Whether an id, or a part of a composite {@code a:b} id, names an erased member. */
    public boolean namesErased(String id) {
        return !erasedAmong(Set.of(id.split(":"))).isEmpty();
    }

    /**
     * Forgets the consumers' inbox entries keyed by an aggregate of the member (their member record,
     * their memberships): the key holds the id in clear. The tombstone keeps those events from being
     * applied again.
     */
    void forgetInboxEntries(String memberId) {
        mongo.getCollection(INBOX).deleteMany(Filters.regex("_id", Pattern.quote(memberId)));
    }

    /** Refuses access tokens of erased members, wherever the platform checks tokens. */
    public OAuth2TokenValidator<Jwt> tokenValidator() {
        OAuth2Error erased = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "the member was erased", null);
        return token -> token.getSubject() != null && isErased(token.getSubject())
                ? OAuth2TokenValidatorResult.failure(erased)
                : OAuth2TokenValidatorResult.success();
    }

    String hash(String memberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return java.util.HexFormat.of().formatHex(mac.doFinal(memberId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
