package id.kombel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.kombel.platform.web.IdempotencyKeys.Acquired;
import id.kombel.platform.web.IdempotencyKeys.BodyMismatch;
import id.kombel.platform.web.IdempotencyKeys.Completed;
import id.kombel.platform.web.IdempotencyKeys.InProgress;
import id.kombel.test.Infrastructure;
import id.kombel.test.MovableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The lifecycle of an idempotency record against the test store, with time under the test's control:
 * expired records give way, and a claim that was taken over cannot overwrite or delete its successor.
 */
class IdempotencyKeysTest {

    static final Duration TTL = Duration.ofHours(24);
    static final Duration IN_PROGRESS_TIMEOUT = Duration.ofMinutes(1);

    MongoClient client;
    MongoTemplate mongo;
    MovableClock clock = new MovableClock(Instant.parse("2026-03-01T00:00:00Z"));
    IdempotencyKeys keys;

    @BeforeEach
    void connect() {
        String database = "idempotency-" + UUID.randomUUID();
        client = MongoClients.create(Infrastructure.mongo().uri(database));
        mongo = new MongoTemplate(client, database);
        keys = new IdempotencyKeys(
                mongo, new IdempotencyProperties(TTL, IN_PROGRESS_TIMEOUT, DataSize.ofMegabytes(1)), clock);
        keys.declareExpiryIndex();
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void aCompletedRecordIsReplayedUntilItsTtlThenTheScopeIsFreeAgain() {
        Acquired first = (Acquired) keys.claim("scope", "body", null);
        keys.complete(first, created("note-1"));

        clock.advance(TTL.minusSeconds(1));
        assertThat(keys.claim("scope", "body", null))
                .isInstanceOfSatisfying(
                        Completed.class,
                        replay -> assertThat(replay.response().location()).isEqualTo("/api/v1/notes/note-1"));

        clock.advance(Duration.ofSeconds(1));
        assertThat(keys.claim("scope", "another body", null)).isInstanceOf(Acquired.class);
        assertThat(mongo.getCollection(IdempotencyKeys.COLLECTION).countDocuments())
                .isEqualTo(1);
    }

    @Test
    void aRequestThatNeverFinishedLocksItsKeyOnlyUntilTheInProgressTimeout() {
        keys.claim("scope", "body", null);

        clock.advance(IN_PROGRESS_TIMEOUT.minusSeconds(1));
        assertThat(keys.claim("scope", "body", null)).isInstanceOf(InProgress.class);
        assertThat(keys.claim("scope", "other", null)).isInstanceOf(BodyMismatch.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(keys.claim("scope", "body", null)).isInstanceOf(Acquired.class);
    }

    @Test
    void aClaimThatWasTakenOverCannotCompleteOrReleaseItsSuccessor() {
        Acquired stale = (Acquired) keys.claim("scope", "body", null);
        clock.advance(IN_PROGRESS_TIMEOUT);
        Acquired current = (Acquired) keys.claim("scope", "body", null);

        keys.complete(stale, created("note-stale"));
        keys.release(stale);

        assertThat(keys.claim("scope", "body", null)).isInstanceOf(InProgress.class);
        keys.complete(current, created("note-current"));
        assertThat(keys.claim("scope", "body", null))
                .isInstanceOfSatisfying(
                        Completed.class,
                        replay -> assertThat(replay.response().location()).isEqualTo("/api/v1/notes/note-current"));
    }

    @Test
    void aReleasedKeyCanBeClaimedAgain() {
        Acquired first = (Acquired) keys.claim("scope", "body", null);
        keys.release(first);

        assertThat(keys.claim("scope", "body", null)).isInstanceOf(Acquired.class);
    }

    @Test
    void keepsTheResponseExactly() {
        Acquired claim = (Acquired) keys.claim("scope", "body", null);
        StoredResponse response = new StoredResponse(
                400, null, null, "application/problem+json", "{\"status\":400}".getBytes(StandardCharsets.UTF_8));
        keys.complete(claim, response);

        StoredResponse replayed = ((Completed) keys.claim("scope", "body", null)).response();

        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.location()).isNull();
        assertThat(replayed.etag()).isNull();
        assertThat(replayed.contentType()).isEqualTo("application/problem+json");
        assertThat(replayed.body()).isEqualTo(response.body());
    }

    @Test
    void aMembersErasureForgetsTheRecordsTheyMadeAndThoseWhoseResponseNamesThem() {
        String member = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        Acquired own = (Acquired) keys.claim("own", "body", member);
        keys.complete(own, created("note-1"));
        Acquired running = (Acquired) keys.claim("running", "body", member);
        Acquired naming = (Acquired) keys.claim("naming", "body", null);
        keys.complete(naming, created(member)); // an anonymous registration answered with the new id
        Acquired others = (Acquired) keys.claim("others", "body", other);
        keys.complete(others, created("note-2"));

        assertThat(keys.forgetMember(member)).isEqualTo(3);

        assertThat(keys.claim("own", "body", member)).isInstanceOf(Acquired.class);
        assertThat(keys.claim("naming", "body", null)).isInstanceOf(Acquired.class);
        // the request still running finds its record gone and stores nothing
        keys.complete(running, created("note-3"));
        assertThat(mongo.getCollection(IdempotencyKeys.COLLECTION)
                        .countDocuments(new org.bson.Document("_id", "running")))
                .isZero();
        assertThat(keys.claim("others", "body", other)).isInstanceOf(Completed.class);
        assertThat(mongo.getCollection(IdempotencyKeys.COLLECTION).find().into(new java.util.ArrayList<>()))
                .allSatisfy(record ->
                        assertThat(record.toJson()).doesNotContain(member).doesNotContain(other));
    }

    @Test
    void aStoredSignInIsForgottenWithTheMemberItsTokenIsFor() {
        String member = UUID.randomUUID().toString();
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8))
                + "."
                + base64.encodeToString(
                        ("{\"sub\":\"" + member + "\",\"aud\":\"kombel-api\"}").getBytes(StandardCharsets.UTF_8))
                + ".c2lnbmF0dXJl";
        // an anonymous sign-in: neither the caller nor the body names the member in clear, the token does
        Acquired signIn = (Acquired) keys.claim("sign-in", "body", null);
        keys.complete(
                signIn,
                new StoredResponse(
                        200,
                        null,
                        null,
                        "application/json",
                        ("{\"accessToken\":\"" + token + "\",\"tokenType\":\"Bearer\"}")
                                .getBytes(StandardCharsets.UTF_8)));

        assertThat(keys.forgetMember(UUID.randomUUID().toString())).isZero();
        assertThat(keys.forgetMember(member)).isEqualTo(1);
        assertThat(keys.claim("sign-in", "body", null)).isInstanceOf(Acquired.class);
    }

    private static StoredResponse created(String id) {
        return new StoredResponse(
                201,
                "/api/v1/notes/" + id,
                "\"1\"",
                "application/json",
                ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
