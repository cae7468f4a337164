package id.kombel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.kombel.platform.web.IdempotencyKeys.Acquired;
import id.kombel.platform.web.IdempotencyKeys.BodyMismatch;
import id.kombel.platform.web.IdempotencyKeys.Completed;
import id.kombel.platform.web.IdempotencyKeys.InProgress;
import id.kombel.test.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
        Acquired first = (Acquired) keys.claim("scope", "body");
        keys.complete(first, created("note-1"));

        clock.advance(TTL.minusSeconds(1));
        assertThat(keys.claim("scope", "body"))
                .isInstanceOfSatisfying(
                        Completed.class,
                        replay -> assertThat(replay.response().location()).isEqualTo("/api/v1/notes/note-1"));

        clock.advance(Duration.ofSeconds(1));
        assertThat(keys.claim("scope", "another body")).isInstanceOf(Acquired.class);
        assertThat(mongo.getCollection(IdempotencyKeys.COLLECTION).countDocuments())
                .isEqualTo(1);
    }

    @Test
    void aRequestThatNeverFinishedLocksItsKeyOnlyUntilTheInProgressTimeout() {
        keys.claim("scope", "body");

        clock.advance(IN_PROGRESS_TIMEOUT.minusSeconds(1));
        assertThat(keys.claim("scope", "body")).isInstanceOf(InProgress.class);
        assertThat(keys.claim("scope", "other")).isInstanceOf(BodyMismatch.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(keys.claim("scope", "body")).isInstanceOf(Acquired.class);
    }

    @Test
    void aClaimThatWasTakenOverCannotCompleteOrReleaseItsSuccessor() {
        Acquired stale = (Acquired) keys.claim("scope", "body");
        clock.advance(IN_PROGRESS_TIMEOUT);
        Acquired current = (Acquired) keys.claim("scope", "body");

        keys.complete(stale, created("note-stale"));
        keys.release(stale);

        assertThat(keys.claim("scope", "body")).isInstanceOf(InProgress.class);
        keys.complete(current, created("note-current"));
        assertThat(keys.claim("scope", "body"))
                .isInstanceOfSatisfying(
                        Completed.class,
                        replay -> assertThat(replay.response().location()).isEqualTo("/api/v1/notes/note-current"));
    }

    @Test
    void aReleasedKeyCanBeClaimedAgain() {
        Acquired first = (Acquired) keys.claim("scope", "body");
        keys.release(first);

        assertThat(keys.claim("scope", "body")).isInstanceOf(Acquired.class);
    }

    @Test
    void keepsTheResponseExactly() {
        Acquired claim = (Acquired) keys.claim("scope", "body");
        StoredResponse response = new StoredResponse(
                400, null, null, "application/problem+json", "{\"status\":400}".getBytes(StandardCharsets.UTF_8));
        keys.complete(claim, response);

        StoredResponse replayed = ((Completed) keys.claim("scope", "body")).response();

        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.location()).isNull();
        assertThat(replayed.etag()).isNull();
        assertThat(replayed.contentType()).isEqualTo("application/problem+json");
        assertThat(replayed.body()).isEqualTo(response.body());
    }

    private static StoredResponse created(String id) {
        return new StoredResponse(
                201,
                "/api/v1/notes/" + id,
                "\"1\"",
                "application/json",
                ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
