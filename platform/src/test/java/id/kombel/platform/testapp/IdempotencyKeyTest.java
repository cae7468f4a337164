package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import id.kombel.test.TestIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A creating POST with an {@code Idempotency-Key} can be retried safely: the retry gets the first
 * response again and nothing is created twice.
 */
@IntegrationTest
@AutoConfigureRestTestClient
class IdempotencyKeyTest {

    static final String NOTES = "/api/v1/notes";
    static final String KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String PROBLEMS = "https://kombel.id/problems/";

    @Autowired
    RestTestClient anonymous;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @Autowired
    Trouble trouble;

    RestTestClient member;
    KafkaProbe topic;

    @BeforeEach
    void signIn() {
        member = as("member-1");
        topic = KafkaProbe.on(Note.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void aRetriedCreateGetsTheSameResponseAndCreatesOneNoteAndOneEvent() {
        String key = newKey();
        String text = newText();

        var first = post(member, NOTES, key, body(text));
        var retry = post(member, NOTES, key, body(text));

        assertThat(first.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getResponseHeaders().getFirst(REPLAYED)).isNull();
        assertThat(retry.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
        assertThat(retry.getResponseHeaders().getLocation())
                .isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(retry.getResponseHeaders().getETag())
                .isEqualTo(first.getResponseHeaders().getETag())
                .isEqualTo("\"1\"");
        assertThat(retry.getResponseHeaders().getContentType())
                .isEqualTo(first.getResponseHeaders().getContentType());
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        String id = idOf(first);
        assertThat(first.getResponseHeaders().getLocation()).hasToString(NOTES + "/" + id);
        assertThat(notesWith(text)).isEqualTo(1);
        await("NoteWritten published").until(() -> topic.recordsOf(id).size() == 1);
        assertThat(eventsMentioning(text)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejectedAndChangesNothing() {
        String key = newKey();
        String text = newText();
        String other = newText();
        var first = post(member, NOTES, key, body(text));

        var reused = post(member, NOTES, key, body(other));

        assertThat(reused.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertProblem(reused, "idempotency-key-reused");
        assertThat(notesWith(other)).isZero();
        assertThat(notesWith(text)).isEqualTo(1);
        var retry = post(member, NOTES, key, body(text));
        assertThat(retry.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        await("NoteWritten published").until(() -> topic.recordsOf(idOf(first)).size() == 1);
        assertThat(eventsMentioning(other)).isZero();
    }

    @Test
    void aKeyBelongsToItsCallerAndPath() {
        String key = newKey();
        String text = newText();

        var byFirst = post(member, NOTES, key, body(text));
        var bySecond = post(as("member-2"), NOTES, key, body(text));
        var elsewhere = post(member, "/api/v1/troubled-notes", key, body(text));

        for (var response : List.of(byFirst, bySecond, elsewhere)) {
            assertThat(response.getStatus()).isEqualTo(HttpStatus.CREATED);
            assertThat(response.getResponseHeaders().getFirst(REPLAYED)).isNull();
        }
        assertThat(List.of(idOf(byFirst), idOf(bySecond), idOf(elsewhere))).doesNotHaveDuplicates();
        assertThat(notesWith(text)).isEqualTo(3);
    }

    @Test
    void anonymousCallersOfPublicEndpointsAreKeyedByAddressAndDistinctFromMembers() {
        String key = newKey();
        String text = newText();

        var first = post(anonymous, "/api/v1/guest-notes", key, body(text));
        var retry = post(anonymous, "/api/v1/guest-notes", key, body(text));
        var byMember = post(member, "/api/v1/guest-notes", key, body(text));

        assertThat(first.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(byMember.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(byMember.getResponseHeaders().getFirst(REPLAYED)).isNull();
        assertThat(idOf(byMember)).isNotEqualTo(idOf(first));
        assertThat(notesWith(text)).isEqualTo(2);
    }

    @Test
    void aRejectedRequestIsStoredAndReplayedAsTheSameClientError() {
        String key = newKey();
        String blank = "{\"text\":\"   \"}";

        var first = post(member, NOTES, key, blank);
        var retry = post(member, NOTES, key, blank);

        assertThat(first.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(first, "validation");
        assertThat(retry.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(retry.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
        assertThat(retry.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        // the key now stands for the rejected request: a corrected body needs a new key
        String text = newText();
        assertThat(post(member, NOTES, key, body(text)).getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(notesWith(text)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "tab\tinside"})
    void anInvalidKeyIsRejectedAndNothingIsCreated(String key) {
        String text = newText();

        var response = post(member, NOTES, key, body(text));

        assertThat(response.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(response, "invalid-idempotency-key");
        assertThat(notesWith(text)).isZero();
    }

    @Test
    void aKeyLongerThan255CharactersIsRejectedInTheClientsLanguage() {
        String text = newText();

        var response = member.post()
                .uri(NOTES)
                .header(KEY, "k".repeat(256))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(text))
                .exchange()
                .returnResult(String.class);

        assertThat(response.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(response, "invalid-idempotency-key");
        assertThat(response.getResponseBody()).contains("\"title\":\"Invalid Idempotency-Key\"");
        assertThat(notesWith(text)).isZero();
        assertThat(post(member, NOTES, "k".repeat(255), body(text)).getStatus()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void twoKeysOnOneRequestAreRejected() {
        String text = newText();

        var response = member.post()
                .uri(NOTES)
                .header(KEY, newKey(), newKey())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(text))
                .exchange()
                .returnResult(String.class);

        assertThat(response.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(response, "invalid-idempotency-key");
        assertThat(notesWith(text)).isZero();
    }

    @Test
    void withoutAKeyEveryPostCreatesAsBefore() {
        String text = newText();

        for (int i = 0; i < 2; i++) {
            var response = member.post()
                    .uri(NOTES)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body(text))
                    .exchange()
                    .returnResult(String.class);
            assertThat(response.getStatus()).isEqualTo(HttpStatus.CREATED);
            assertThat(response.getResponseHeaders().getFirst(REPLAYED)).isNull();
        }
        assertThat(notesWith(text)).isEqualTo(2);
    }

    @Test
    void concurrentDuplicatesCreateExactlyOneNote() throws Exception {
        String key = newKey();
        String text = newText();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<EntityExchangeResult<String>> responses = new ArrayList<>();
        try {
            List<Future<EntityExchangeResult<String>>> pending = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return post(member, NOTES, key, body(text));
                }));
            }
            start.countDown();
            for (Future<EntityExchangeResult<String>> response : pending) {
                responses.add(response.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<EntityExchangeResult<String>> created = responses.stream()
                .filter(r -> r.getStatus() == HttpStatus.CREATED)
                .toList();
        List<EntityExchangeResult<String>> conflicts = responses.stream()
                .filter(r -> r.getStatus() == HttpStatus.CONFLICT)
                .toList();
        assertThat(created.size() + conflicts.size()).isEqualTo(threads);
        assertThat(created)
                .filteredOn(r -> r.getResponseHeaders().getFirst(REPLAYED) == null)
                .hasSize(1);
        assertThat(created).extracting(this::idOf).containsOnly(idOf(created.get(0)));
        conflicts.forEach(conflict -> {
            assertProblem(conflict, "idempotency-key-in-progress");
            assertThat(conflict.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        });
        assertThat(notesWith(text)).isEqualTo(1);
        var later = post(member, NOTES, key, body(text));
        assertThat(later.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
        assertThat(idOf(later)).isEqualTo(idOf(created.get(0)));
    }

    @Test
    void aRetryWhileTheFirstRequestRunsIsAskedToComeBackAndThenReplayed() throws Exception {
        String key = newKey();
        String text = newText();
        Trouble.Hold hold = trouble.holdNext();
        CompletableFuture<EntityExchangeResult<String>> first =
                CompletableFuture.supplyAsync(() -> post(member, "/api/v1/troubled-notes", key, body(text)));
        await("first request in its handler").until(hold::arrived);

        var duringFirst = post(member, "/api/v1/troubled-notes", key, body(text));
        var otherBodyDuringFirst = post(member, "/api/v1/troubled-notes", key, body(newText()));
        hold.release();
        var firstResponse = first.get(30, TimeUnit.SECONDS);
        var afterFirst = post(member, "/api/v1/troubled-notes", key, body(text));

        assertThat(duringFirst.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duringFirst.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertProblem(duringFirst, "idempotency-key-in-progress");
        assertThat(otherBodyDuringFirst.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(firstResponse.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(afterFirst.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
        assertThat(idOf(afterFirst)).isEqualTo(idOf(firstResponse));
        assertThat(notesWith(text)).isEqualTo(1);
    }

    @Test
    void aServerErrorReleasesTheKeySoTheRetryRunsAgain() {
        String key = newKey();
        String text = newText();
        trouble.failNext();

        var failed = post(member, "/api/v1/troubled-notes", key, body(text));
        var retry = post(member, "/api/v1/troubled-notes", key, body(text));
        var again = post(member, "/api/v1/troubled-notes", key, body(text));

        assertThat(failed.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertProblem(failed, "internal");
        assertThat(retry.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getResponseHeaders().getFirst(REPLAYED)).isNull();
        assertThat(again.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
        assertThat(idOf(again)).isEqualTo(idOf(retry));
        assertThat(notesWith(text)).isEqualTo(1);
    }

    @Test
    void aResponseTooLargeToStoreIsStillReturnedButNotReplayed() {
        String key = newKey();
        String text = newText();

        var first = post(member, "/api/v1/large-notes", key, body(text));
        var retry = post(member, "/api/v1/large-notes", key, body(text));

        assertThat(first.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getResponseBody())
                .hasSizeGreaterThan(TroubledNotesController.LARGE_RESPONSE_CHARS)
                .endsWith("x\"}");
        assertThat(retry.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getResponseHeaders().getFirst(REPLAYED)).isNull();
        assertThat(idOf(retry)).isNotEqualTo(idOf(first));
        assertThat(notesWith(text)).isEqualTo(2);
    }

    private RestTestClient as(String memberId) {
        return anonymous
                .mutate()
                .defaultHeader(
                        "Authorization", "Bearer " + TestIdentity.shared().member(memberId))
                .build();
    }

    private static EntityExchangeResult<String> post(RestTestClient client, String path, String key, String body) {
        return client.post()
                .uri(path)
                .header(KEY, key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .returnResult(String.class);
    }

    private static void assertProblem(EntityExchangeResult<String> response, String type) {
        assertThat(response.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getResponseBody()).contains("\"type\":\"" + PROBLEMS + type + "\"");
    }

    private String idOf(EntityExchangeResult<String> response) {
        return (String) json.readValue(response.getResponseBody(), Map.class).get("id");
    }

    private long notesWith(String text) {
        return mongo.getCollection("notes").countDocuments(Filters.eq("text", text));
    }

    private long eventsMentioning(String text) {
        return topic.records().stream()
                .filter(r -> KafkaProbe.body(r).contains(text))
                .count();
    }

    private static String body(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    private static String newText() {
        return "catatan " + UUID.randomUUID();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
