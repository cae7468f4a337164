package id.kombel.platform.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The records behind {@code Idempotency-Key}s, one document per scope in {@code idempotency_keys}.
 * The scope's hash is the {@code _id}, so the unique {@code _id} index decides which of several
 * concurrent requests runs; the others see its record. A record is claimed while its request runs
 * (the {@code token} tells this claim from a later one after a takeover), then either completed with
 * the response or deleted so the client can retry.
 *
 * <p>A stored response may name members (a registration answers with the new member's id, a created
 * item with its author), so each record lists, as hashes, the members it is about: its caller, and
 * every member id in the stored response. A member's erasure deletes their records ({@link
 * #forgetMember}, run by the platform's privacy module through {@link IdempotencyPersonalData}).
 *
 * <p>Every record has an {@code expiresAt}: a TTL index removes it on MongoDB, and a request that
 * meets an expired record (the in-process store ignores TTL, and MongoDB's TTL monitor runs only once a
 * minute) deletes it and starts afresh.
 */
class IdempotencyKeys {

    static final String COLLECTION = "idempotency_keys";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final String ID = "_id";
    private static final String TOKEN = "token";
    private static final String STATE = "state";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";
    private static final String REQUEST_HASH = "requestHash";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String RESPONSE = "response";
    /** Keys ({@link #memberKey}) of the members a record is about: its caller, and every member its response names. */
    private static final String MEMBERS = "members";
    /** Member ids are UUIDs; a stored response is searched for them once, when it is stored. */
    private static final Pattern MEMBER_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A JWT's claims: the second base64url part of {@code eyJ<header>.<claims>.<signature>}. */
    private static final Pattern JWT_CLAIMS = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.([A-Za-z0-9_-]+)\\.");

    private static final int ATTEMPTS = 3;

    /** What a request finds for its scope. */
    sealed interface Claim {}

    /** Nobody used the scope (or its record expired): this request runs, then completes or releases. */
    record Acquired(String id, String token) implements Claim {}

    /** The same request finished before: replay its response. */
    record Completed(StoredResponse response) implements Claim {}

    /** The same request is running right now. */
    record InProgress() implements Claim {}

    /** The key was used for a request with a different body. */
    record BodyMismatch() implements Claim {}

    private final MongoTemplate mongo;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyKeys(MongoTemplate mongo, IdempotencyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Lets MongoDB remove records at their {@code expiresAt}, and serves a member's erasure (a multikey
     * index on {@code members}).
     */
    void declareExpiryIndex() {
        mongo.indexOps(COLLECTION)
                .createIndex(new Index(EXPIRES_AT, Sort.Direction.ASC)
                        .named("expiresAt_ttl")
                        .expire(java.time.Duration.ZERO));
        mongo.indexOps(COLLECTION).createIndex(new Index(MEMBERS, Sort.Direction.ASC).named("members"));
    }

    /**
     * How a record names a member: SHA-256 of the id, so the collection never holds a member id in
     * clear, yet a member's records are found by their id when they are erased.
     */
    static String memberKey(String memberId) {
        return IdempotencyFilter.sha256("member:" + memberId);
    }

    /**
     * Deletes every record about the member: those they made, and those whose stored response names
     * them (their own registration answered to an anonymous caller, say). A request of theirs still
     * running loses its record too, and then cannot store its response ({@link #complete} finds no
     * claim).
     *
     * @return how many records were deleted
     */
    long forgetMember(String memberId) {
        return keys().deleteMany(Filters.eq(MEMBERS, memberKey(memberId))).getDeletedCount();
    }

    /**
     * Claims the scope {@code id} for a request whose body hashes to {@code requestHash}, or tells what
     * holds it. A record that expired is deleted and the claim tried again; a scope that keeps changing
     * hands while we look is reported as in progress, which the client retries.
     */
    Claim claim(String id, String requestHash, @Nullable String callerId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            String token = UUID.randomUUID().toString();
            if (insert(id, token, requestHash, callerId, now)) {
                return new Acquired(id, token);
            }
            Document existing = keys().find(Filters.eq(ID, id)).first();
            if (existing == null) {
                continue; // released between our insert and our read
            }
            if (!existing.getDate(EXPIRES_AT).toInstant().isAfter(now)) {
                keys().deleteOne(Filters.and(Filters.eq(ID, id), Filters.eq(TOKEN, existing.getString(TOKEN))));
                continue;
            }
            if (!requestHash.equals(existing.getString(REQUEST_HASH))) {
                return new BodyMismatch();
            }
            if (IN_PROGRESS.equals(existing.getString(STATE))) {
                return new InProgress();
            }
            return new Completed(responseOf(existing.get(RESPONSE, Document.class)));
        }
        return new InProgress();
    }

    /** Keeps the response for replay until the TTL; a no-op if the claim was taken over meanwhile. */
    void complete(Acquired claim, StoredResponse response) {
        Instant now = clock.instant();
        long matched = keys().updateOne(
                        mine(claim),
                        Updates.combine(
                                Updates.set(STATE, COMPLETED),
                                Updates.set(RESPONSE, documentOf(response)),
                                Updates.addEachToSet(MEMBERS, List.copyOf(membersNamedIn(response))),
                                Updates.set(EXPIRES_AT, Date.from(now.plus(properties.ttl())))))
                .getMatchedCount();
        if (matched == 0) {
            log.warn("idempotency record {} was taken over before its request finished", claim.id());
        }
    }

    /** Forgets the claim, so a retry runs the request again. */
    void release(Acquired claim) {
        keys().deleteOne(mine(claim));
    }

    private boolean insert(String id, String token, String requestHash, @Nullable String callerId, Instant now) {
        Document record = new Document(ID, id)
                .append(TOKEN, token)
                .append(STATE, IN_PROGRESS)
                .append(REQUEST_HASH, requestHash)
                .append(MEMBERS, callerId == null ? List.of() : List.of(memberKey(callerId)))
                .append("createdAt", Date.from(now))
                .append(EXPIRES_AT, Date.from(now.plus(properties.inProgressTimeout())));
        try {
            keys().insertOne(record);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /**
     * The keys of every member id in the response's body and {@code Location}, and in the claims of any
     * token the body carries (a sign-in or a refresh answers with a JWT whose subject is the member).
     */
    static Set<String> membersNamedIn(StoredResponse response) {
        Set<String> keys = new LinkedHashSet<>();
        // UUIDs are ASCII: Latin-1 reads any body byte for byte, whatever its encoding
        String text = new String(response.body(), StandardCharsets.ISO_8859_1) + " "
                + (response.location() == null ? "" : response.location());
        collectMemberIds(text, keys);
        Matcher tokens = JWT_CLAIMS.matcher(text);
        while (tokens.find()) {
            try {
                byte[] claims = Base64.getUrlDecoder().decode(tokens.group(1));
                collectMemberIds(new String(claims, StandardCharsets.ISO_8859_1), keys);
            } catch (IllegalArgumentException notBase64) {
                // looked like a token but is not one: nothing in it to find
            }
        }
        return keys;
    }

    private static void collectMemberIds(String text, Set<String> keys) {
        Matcher ids = MEMBER_ID.matcher(text);
        while (ids.find()) {
            keys.add(memberKey(ids.group()));
        }
    }

    private static Bson mine(Acquired claim) {
        return Filters.and(Filters.eq(ID, claim.id()), Filters.eq(TOKEN, claim.token()));
    }

    private static Document documentOf(StoredResponse response) {
        Document document = new Document("status", response.status()).append("body", new Binary(response.body()));
        putIfPresent(document, "location", response.location());
        putIfPresent(document, "etag", response.etag());
        putIfPresent(document, "contentType", response.contentType());
        return document;
    }

    private static void putIfPresent(Document document, String field, @Nullable String value) {
        if (value != null) {
            document.append(field, value);
        }
    }

    private static StoredResponse responseOf(Document document) {
        Object body = document.get("body");
        byte[] bytes = body instanceof Binary binary ? binary.getData() : (byte[]) body;
        return new StoredResponse(
                document.getInteger("status"),
                document.getString("location"),
                document.getString("etag"),
                document.getString("contentType"),
                bytes);
    }

    private MongoCollection<Document> keys() {
        return mongo.getCollection(COLLECTION);
    }
}
