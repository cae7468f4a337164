package id.kombel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults that need the platform broken on purpose, through the launcher's control channel (see
 * local-platform's {@code ControlChannel}): a service killed with {@code kill -9} during a burst of
 * writes, the Kafka broker stopped for 30 s during writes, a consumer killed in the middle of a
 * batch, and the gateway restarted under load. Each reports writes acknowledged, writes found, events
 * lost and duplicate effects; lost and duplicates must be 0.
 *
 * <p>Only in the {@code faults} Maven profile (docs/reliability.md): it restarts apps and the broker,
 * which takes minutes on a busy machine. The effect checked for "exactly once" is a notification in a
 * member's inbox, which membership-service makes from each event it consumes: one per join request
 * for the community's lead, one per proposed solution for the problem's author.
 */
@Order(5)
@ExtendWith(Suite.Resolver.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final String CATEGORY = "faults";
    private static final Duration RESTART_LIMIT = Duration.ofMinutes(8);
    private static final Duration EFFECTS_LIMIT = Duration.ofMinutes(3);

    private final Suite suite;
    private final FaultWorld world;

    FaultInjectionIT(Suite suite) {
        this.suite = suite;
        assumeTrue(suite.platform.controllable(), "faults need a platform this suite started (not -Dattach)");
        this.world = new FaultWorld(suite).build();
    }

    @Test
    @Order(1)
    void acknowledgedWritesSurviveAKill9OfTheServiceAndTheirEventsTakeEffectOnce() {
        String fault = "kill -9 membership-service during writes";
        world.freshTokens();
        List<FaultWorld.Write> writes = world.joinRequests(world.killCommunities());
        Burst burst = new Burst(suite, suite.platform.membership(), writes);
        burst.start(Suite.PARALLELISM);
        awaitQuietly("writes acknowledged before the kill", () -> burst.acknowledged() >= writes.size() / 6);
        suite.platform.controlAndWait("kill membership", Duration.ofSeconds(60));
        suite.findings.count("faults: " + fault + ": writes acknowledged before the kill", burst.acknowledged());
        suite.platform.controlAndWait("start membership", RESTART_LIMIT);
        burst.finish();
        checkWritesAndEffects(fault, burst);
    }

    @Test
    @Order(2)
    void writesDuringA30SecondBrokerOutageAreAcceptedAndTheirEventsArriveOnceItIsBack() {
        String fault = "Kafka broker stopped for 30 s during writes";
        world.freshTokens();
        List<FaultWorld.Write> writes = world.joinRequests(world.outageCommunities());
        suite.platform.controlAndWait("stop kafka", Duration.ofSeconds(90));
        Instant stopped = Instant.now();
        Burst burst = new Burst(suite, suite.platform.membership(), writes);
        burst.start(Suite.PARALLELISM);
        burst.finish();
        Awaitility.await("the rest of the 30 s outage")
                .pollDelay(
                        Duration.between(Instant.now(), stopped.plusSeconds(30)).isNegative()
                                ? Duration.ZERO
                                : Duration.between(Instant.now(), stopped.plusSeconds(30)))
                .atMost(Duration.ofSeconds(40))
                .until(() -> true);
        suite.findings.count(
                "faults: " + fault + ": seconds the broker was down",
                Duration.between(stopped, Instant.now()).toSeconds());
        suite.platform.controlAndWait("start kafka", Duration.ofSeconds(120));
        checkWritesAndEffects(fault, burst);
    }

    @Test
    @Order(3)
    void aConsumerKilledInTheMiddleOfABatchAppliesNoEffectTwice() {
        String fault = "consumer (membership-service) killed in the middle of a batch";
        int solutions = 120;
        world.freshTokens();
        // the problem is posted while membership-service is up; the solutions after the kill are
        // accepted with the signing keys discussion-service already holds (RemoteSigningKeys)
        String problem = world.problem();
        suite.platform.controlAndWait("kill membership", Duration.ofSeconds(60));
        Burst burst = new Burst(suite, suite.platform.discussion(), world.solutions(problem, solutions));
        burst.start(Suite.PARALLELISM);
        burst.finish();
        // the batch waits in Kafka; the consumer takes it as it starts, before it is even ready
        var firstStart = suite.platform.control("start membership");
        long seenAtKill;
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + suite.platform.mongoPort())) {
            var notifications = mongo.getDatabase("kombel-membership").getCollection("notifications");
            var filter = Filters.and(
                    Filters.eq("recipientId", world.lead().id()),
                    Filters.eq("type", "NEW_SOLUTION"),
                    Filters.eq("params.problemId", problem));
            AtomicLong seen = new AtomicLong();
            Awaitility.await("the consumer to be in the middle of the batch")
                    .atMost(RESTART_LIMIT)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        seen.set(notifications.countDocuments(filter));
                        return seen.get() > 0;
                    });
            suite.platform.controlAndWait("kill membership", Duration.ofSeconds(60));
            seenAtKill = notifications.countDocuments(filter);
        }
        // the launcher reports the first start as failed (the app exited before it was ready)
        try {
            firstStart.handle((answer, killedWhileStarting) -> answer).get(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (Exception notAnswered) {
            throw new IllegalStateException("the interrupted start was never answered", notAnswered);
        }
        suite.findings.count("faults: " + fault + ": effects of the batch applied when it was killed", seenAtKill);
        suite.platform.controlAndWait("start membership", RESTART_LIMIT);
        suite.findings.probe(
                CATEGORY,
                fault + ": the kill came in the middle of the batch",
                () -> assertThat(seenAtKill)
                        .as("effects applied when the consumer was killed")
                        .isBetween(1L, (long) solutions - 1));
        checkWritesAndEffects(fault, burst);
    }

    @Test
    @Order(4)
    void aGatewayRestartUnderLoadShowsClientsOnly503sOrConnectionErrorsNeverWrongData() {
        String fault = "gateway restarted under load";
        world.freshTokens();
        GatewayLoad load = new GatewayLoad(suite, world);
        load.start(4);
        awaitQuietly("answers before the restart", () -> load.ok() >= 40);
        suite.platform.controlAndWait("stop gateway", Duration.ofSeconds(90));
        suite.platform.controlAndWait("start gateway", RESTART_LIMIT);
        long okAtRestart = load.ok();
        awaitQuietly("answers after the restart", () -> load.ok() >= okAtRestart + 40);
        load.finish();
        suite.findings.count("faults: " + fault + ": requests", load.total());
        suite.findings.count("faults: " + fault + ": correct answers (200)", load.ok());
        suite.findings.count("faults: " + fault + ": 503", load.unavailable());
        suite.findings.count("faults: " + fault + ": connection errors", load.connectionErrors());
        suite.findings.count("faults: " + fault + ": wrong data", load.wrong().size());
        suite.findings.count(
                "faults: " + fault + ": other answers", load.other().size());
        suite.findings.probe(
                CATEGORY,
                fault + ": never wrong data",
                () -> assertThat(load.wrong()).as("wrong answers").isEmpty());
        suite.findings.probe(
                CATEGORY,
                fault + ": only 503s or connection errors",
                () -> assertThat(load.other()).as("other answers").isEmpty());
        suite.findings.probe(
                CATEGORY,
                fault + ": the restart was seen by the clients",
                () -> assertThat(load.unavailable() + load.connectionErrors())
                        .as("503s and connection errors")
                        .isPositive());
        writeReportSoFar();
        assertNoFailures();
    }

    /**
     * Every acknowledged write is found; every write found (acknowledged or not: a kill may lose the
     * answer, not the write) has exactly one effect in its recipient's inbox, and nothing that was not
     * written has one.
     */
    private void checkWritesAndEffects(String fault, Burst burst) {
        Set<String> acknowledged = burst.acknowledgedKeys();
        Set<String> found = world.found(burst.writes());
        Map<String, Integer> effects = new java.util.HashMap<>();
        try {
            Awaitility.await("an effect for every write found")
                    .atMost(EFFECTS_LIMIT)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        effects.clear();
                        effects.putAll(world.effects(burst.writes()));
                        return effects.keySet().containsAll(found);
                    });
        } catch (ConditionTimeoutException late) {
            // counted below as lost events
        }
        long lostWrites =
                acknowledged.stream().filter(key -> !found.contains(key)).count();
        long lostEvents =
                found.stream().filter(key -> !effects.containsKey(key)).count();
        long duplicates = effects.values().stream().mapToLong(n -> n - 1L).sum();
        long phantom =
                effects.keySet().stream().filter(key -> !found.contains(key)).count();
        String prefix = "faults: " + fault + ": ";
        suite.findings.count(prefix + "writes sent", burst.writes().size());
        suite.findings.count(prefix + "writes acknowledged", acknowledged.size());
        suite.findings.count(prefix + "writes refused (status)", burst.refused());
        suite.findings.count(prefix + "writes failed (connection)", burst.connectionErrors());
        suite.findings.count(prefix + "writes found", found.size());
        suite.findings.count(prefix + "acknowledged writes lost", lostWrites);
        suite.findings.count(prefix + "events lost", lostEvents);
        suite.findings.count(prefix + "duplicate effects", duplicates);
        suite.findings.probe(
                CATEGORY,
                fault + ": every acknowledged write is found",
                () -> assertThat(lostWrites).as("acknowledged writes not found").isZero());
        suite.findings.probe(
                CATEGORY,
                fault + ": no event lost",
                () -> assertThat(lostEvents)
                        .as("writes found without their effect")
                        .isZero());
        suite.findings.probe(
                CATEGORY,
                fault + ": no effect applied twice",
                () -> assertThat(duplicates).as("duplicate effects").isZero());
        suite.findings.probe(
                CATEGORY,
                fault + ": no effect without its write",
                () -> assertThat(phantom).as("effects of writes not found").isZero());
        suite.findings.probe(
                CATEGORY,
                fault + ": refusals were clean",
                () -> assertThat(burst.unclean())
                        .as("answers that were neither 2xx nor a clean refusal")
                        .isEmpty());
        writeReportSoFar();
        assertNoFailures();
    }

    /** The faults take minutes each: the report so far is written after each, not only at the end. */
    private void writeReportSoFar() {
        new Report(suite).write();
    }

    private void assertNoFailures() {
        assertThat(suite.findings.failures(CATEGORY))
                .as(CATEGORY + suite.findings.describe(CATEGORY))
                .isEmpty();
    }

    private static void awaitQuietly(String what, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await(what)
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50))
                .until(condition);
    }

    static boolean listening(URI base) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * Writes sent side by side, each once: acknowledged (2xx), refused with a status, or failed at
     * the connection. After a connection error a writer waits until the service listens again, so the
     * burst spans the fault instead of running through its writes while nothing answers.
     */
    static final class Burst {

        private final Suite suite;
        private final URI base;
        private final List<FaultWorld.Write> writes;
        private final ConcurrentLinkedQueue<FaultWorld.Write> queue;
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final List<String> unclean = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger connectionErrors = new AtomicInteger();
        private final List<Thread> writers = new ArrayList<>();

        Burst(Suite suite, URI base, List<FaultWorld.Write> writes) {
            this.suite = suite;
            this.base = base;
            this.writes = List.copyOf(writes);
            this.queue = new ConcurrentLinkedQueue<>(writes);
        }

        void start(int threads) {
            for (int i = 0; i < threads; i++) {
                Thread writer = new Thread(this::write, "fault-writer-" + i);
                writer.setDaemon(true);
                writers.add(writer);
                writer.start();
            }
        }

        private void write() {
            FaultWorld.Write write;
            while ((write = queue.poll()) != null) {
                try {
                    Http.Response response = suite.http.send(Http.Request.of("POST", base, write.path(), write.token())
                            .json(write.body()));
                    if (response.status() / 100 == 2) {
                        acknowledged.add(write.key());
                    } else {
                        refused.incrementAndGet();
                        if (response.status() != 503 && response.status() != 409) {
                            unclean.add(response.describe());
                        }
                    }
                } catch (UncheckedIOException connection) {
                    connectionErrors.incrementAndGet();
                    Awaitility.await("the service to listen again")
                            .atMost(RESTART_LIMIT)
                            .pollInterval(Duration.ofMillis(200))
                            .until(() -> listening(base));
                }
            }
        }

        void finish() {
            for (Thread writer : writers) {
                try {
                    writer.join(RESTART_LIMIT.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        int acknowledged() {
            return acknowledged.size();
        }

        Set<String> acknowledgedKeys() {
            return Set.copyOf(acknowledged);
        }

        List<FaultWorld.Write> writes() {
            return writes;
        }

        int refused() {
            return refused.get();
        }

        int connectionErrors() {
            return connectionErrors.get();
        }

        List<String> unclean() {
            return List.copyOf(unclean);
        }
    }

    /**
     * Members reading their own profile and a community through the gateway, round-robin over the
     * fault world's members (so no member's rate limit is reached), checking that every 200 carries
     * the caller's own data.
     */
    static final class GatewayLoad {

        private final Suite suite;
        private final FaultWorld world;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong ok = new AtomicLong();
        private final AtomicLong unavailable = new AtomicLong();
        private final AtomicLong connectionErrors = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final AtomicInteger next = new AtomicInteger();
        private final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        private final List<String> other = Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> readers = new ArrayList<>();

        GatewayLoad(Suite suite, FaultWorld world) {
            this.suite = suite;
            this.world = world;
        }

        void start(int threads) {
            for (int i = 0; i < threads; i++) {
                Thread reader = new Thread(this::read, "gateway-reader-" + i);
                reader.setDaemon(true);
                readers.add(reader);
                reader.start();
            }
        }

        private void read() {
            while (running.get()) {
                // at most 40 requests a second per reader: four readers stay under the 24 members'
                // combined rate limit (600 a minute each) however fast the gateway answers
                java.util.concurrent.locks.LockSupport.parkNanos(
                        Duration.ofMillis(25).toNanos());
                int turn = next.getAndIncrement();
                World.Actor member = world.members().get(turn % world.members().size());
                boolean profile = turn % 2 == 0;
                String path = profile
                        ? "/api/v1/members/me"
                        : "/api/v1/communities/" + world.killCommunities().get(0);
                String expectedId =
                        profile ? member.id() : world.killCommunities().get(0);
                total.incrementAndGet();
                try {
                    Http.Response response =
                            suite.http.send(Http.Request.of("GET", suite.gateway(), path, member.token()));
                    if (response.status() == 200) {
                        String id = response.json().path("id").asString();
                        if (id.equals(expectedId)) {
                            ok.incrementAndGet();
                        } else {
                            wrong.add(response.describe() + " (expected " + expectedId + ")");
                        }
                    } else if (response.status() == 503) {
                        unavailable.incrementAndGet();
                    } else {
                        other.add(response.describe());
                    }
                } catch (UncheckedIOException connection) {
                    connectionErrors.incrementAndGet();
                    Awaitility.await("the gateway to listen again")
                            .atMost(RESTART_LIMIT)
                            .pollInterval(Duration.ofMillis(100))
                            .until(() -> !running.get() || listening(suite.gateway()));
                } catch (RuntimeException unreadable) {
                    wrong.add(path + ": " + unreadable.getMessage());
                }
            }
        }

        void finish() {
            running.set(false);
            for (Thread reader : readers) {
                try {
                    reader.join(Duration.ofMinutes(2).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        long ok() {
            return ok.get();
        }

        long unavailable() {
            return unavailable.get();
        }

        long connectionErrors() {
            return connectionErrors.get();
        }

        long total() {
            return total.get();
        }

        List<String> wrong() {
            return List.copyOf(wrong);
        }

        List<String> other() {
            return List.copyOf(other);
        }
    }
}
