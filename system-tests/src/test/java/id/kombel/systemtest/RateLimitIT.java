package id.kombel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's rate limits (API4), last because they spend this address's quotas: logins (5 a
 * minute per address), a member's requests (600 a minute), anonymous requests (120 a minute). Past
 * each limit: 429 with {@code Retry-After}, a problem body, and nothing changed.
 */
@Order(4)
@ExtendWith(Suite.Resolver.class)
class RateLimitIT {

    private static final String CATEGORY = "API4 rate limits";

    private final Suite suite;

    RateLimitIT(Suite suite) {
        this.suite = suite;
    }

    @Test
    void theGatewayLimitsLoginsMembersAndAnonymousCallers() throws Exception {
        Map<String, String> before = suite.securityState.take();
        suite.findings.probe(
                CATEGORY,
                "the 6th to 10th login a minute from one address",
                () -> limited(
                        20,
                        () -> suite.http.send(Http.Request.of("POST", suite.gateway(), "/api/v1/auth/login", null)
                                .json(
                                        "{\"email\":\"nobody-%s@system-test.kombel.local\",\"password\":\"wrong-password-1\"}"
                                                .formatted(suite.world.run())))));
        java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
        suite.findings.probe(
                CATEGORY,
                "a member's 601st request in a minute",
                () -> limited(
                        4000,
                        () -> suite.http.send(Http.Request.of(
                                        "GET",
                                        suite.gateway(),
                                        "/api/v1/memberships",
                                        suite.world.actor("outsider").token())
                                // named, so that a request that hangs can be found in the gateway's and the
                                // service's logs and thread dumps
                                .header(
                                        "X-Request-Id",
                                        "ratelimit-member-" + suite.world.run() + "-" + sequence.incrementAndGet()))));
        suite.findings.probe(
                CATEGORY,
                "an anonymous caller's 121st request in a minute",
                () -> limited(
                        1000,
                        () -> suite.http.send(
                                Http.Request.of("GET", suite.gateway(), "/.well-known/jwks.json", null))));
        suite.findings.probe(
                CATEGORY,
                "limits changed nothing",
                () -> assertThat(Snapshot.differences(before, suite.securityState.take()))
                        .isEmpty());
        assertThat(suite.findings.failures(CATEGORY))
                .as(CATEGORY + suite.findings.describe(CATEGORY))
                .isEmpty();
    }

    /**
     * Sends requests from 8 threads until the first 429s arrive (the bucket refills while a slow
     * machine sends, so how many it takes depends on speed), at most {@code attempts}; asserts that
     * requests were refused, and refused properly.
     */
    private void limited(int attempts, java.util.function.Supplier<Http.Response> call) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        java.util.concurrent.atomic.AtomicInteger refusedSoFar = new java.util.concurrent.atomic.AtomicInteger();
        // a request still unanswered after 20 s gets every JVM's thread dump taken, once
        java.util.Map<Thread, Long> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean dumped = new java.util.concurrent.atomic.AtomicBoolean();
        var watchdog = Executors.newSingleThreadScheduledExecutor();
        watchdog.scheduleWithFixedDelay(
                () -> {
                    long now = System.nanoTime();
                    if (inFlight.values().stream().anyMatch(since -> now - since > 20_000_000_000L)
                            && dumped.compareAndSet(false, true)) {
                        System.out.println("a rate-limit request hangs; thread dumps in "
                                + suite.platform.threadDumps("ratelimit-hang"));
                    }
                },
                5,
                5,
                java.util.concurrent.TimeUnit.SECONDS);
        try {
            List<Future<Http.Response>> sent = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                sent.add(pool.submit(() -> {
                    if (refusedSoFar.get() >= 5) {
                        return null;
                    }
                    inFlight.put(Thread.currentThread(), System.nanoTime());
                    Http.Response response;
                    try {
                        response = call.get();
                    } finally {
                        inFlight.remove(Thread.currentThread());
                    }
                    if (response.status() == 429) {
                        refusedSoFar.incrementAndGet();
                    }
                    return response;
                }));
            }
            List<Http.Response> refused = new ArrayList<>();
            int others = 0;
            int total = 0;
            int timedOut = 0;
            for (Future<Http.Response> future : sent) {
                Http.Response response;
                try {
                    response = future.get();
                } catch (java.util.concurrent.ExecutionException failed) {
                    // One request in a CI run stalled past the client's 60 s (under investigation,
                    // see docs/reliability.md); counted and bounded here, not taken for an answer.
                    if (!(failed.getCause() instanceof java.io.UncheckedIOException)) {
                        throw failed;
                    }
                    timedOut++;
                    continue;
                }
                if (response == null) {
                    continue;
                }
                total++;
                SecurityIT.noInternals(response);
                if (response.status() == 429) {
                    refused.add(response);
                } else {
                    others++;
                }
            }
            suite.findings.count("rate limits: requests sent", total);
            suite.findings.count("rate limits: refused with 429", refused.size());
            suite.findings.count("rate limits: requests timed out at the client", timedOut);
            assertThat(timedOut).as("requests that timed out at the client").isLessThanOrEqualTo(1);
            assertThat(refused)
                    .as("429s among " + attempts + " (others: " + others + ")")
                    .isNotEmpty();
            for (Http.Response response : refused) {
                assertThat(response.header("Retry-After"))
                        .as(response.describe())
                        .isNotBlank();
                assertThat(response.header("Content-Type"))
                        .as(response.describe())
                        .contains("application/problem+json");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
    }
}
