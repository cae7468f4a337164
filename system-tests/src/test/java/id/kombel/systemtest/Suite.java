package id.kombel.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import tools.jackson.databind.JsonNode;

/**
 * Everything the system tests share, built once per run: the running platform, the world, the
 * services' OpenAPI documents, forged tokens, a canary URL the server must never fetch, and the
 * findings. Test classes receive it as a parameter ({@code @ExtendWith(Suite.Resolver.class)}); it
 * is closed (platform stopped, report written) when the test run ends.
 */
final class Suite implements AutoCloseable {

    static final int PARALLELISM = 6;

    final RunningPlatform platform;
    final Http http = new Http();
    final SuiteConfig config = SuiteConfig.load();
    final Findings findings = new Findings(config.knownDefects());
    final World world;
    final OpenApi api = new OpenApi();
    final Tokens tokens;
    final Snapshot securityState;
    final Snapshot fuzzState;
    /**
     * Probes of one batch (say, every forged token on one operation) go out side by side: a batch
     * is compared with one snapshot before and after it, so the order within it does not matter.
     * Six at a time keep two cores busy without starving the platform.
     */
    private final ExecutorService probes = Executors.newFixedThreadPool(PARALLELISM, daemon("probe"));

    private final ExecutorService snapshotReaders = Executors.newFixedThreadPool(PARALLELISM, daemon("snapshot"));
    private final HttpServer canary;
    private final AtomicInteger canaryHits = new AtomicInteger();
    private final long startedAt = System.nanoTime();

    private Suite() throws IOException, InterruptedException {
        platform = RunningPlatform.start();
        try {
            world = new World(platform, http).build();
            for (var service : Map.of(
                            "membership", platform.membership(),
                            "learning", platform.learning(),
                            "discussion", platform.discussion())
                    .entrySet()) {
                Http.Response docs = http.send(Http.Request.of("GET", service.getValue(), "/v3/api-docs", null));
                World.expect(docs, 200);
                api.load(
                        service.getKey(),
                        service.getValue(),
                        docs.json(),
                        java.util.Set.copyOf(config.strings("/ignoreDocumentedParameters")));
            }
            tokens = new Tokens(platformSigningKey());
            canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            canary.createContext("/", exchange -> {
                canaryHits.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            canary.start();
            securityState = new Snapshot(world, securityReads(), snapshotReaders);
            fuzzState = new Snapshot(world, fuzzReads(), snapshotReaders);
        } catch (RuntimeException | Error failed) {
            platform.close();
            throw failed;
        }
    }

    /** Runs the probes of one batch side by side and returns when all have ended. */
    void inParallel(Collection<Runnable> batch) {
        List<Future<?>> running = new ArrayList<>();
        for (Runnable probe : batch) {
            running.add(probes.submit(probe));
        }
        for (Future<?> probe : running) {
            try {
                probe.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime
                        ? runtime
                        : new IllegalStateException(e.getCause());
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    String canaryUrl(String label) {
        return "http://127.0.0.1:" + canary.getAddress().getPort() + "/canary/" + label;
    }

    int canaryHits() {
        return canaryHits.get();
    }

    URI gateway() {
        return platform.gateway();
    }

    double minutes() {
        return (System.nanoTime() - startedAt) / 60e9;
    }

    @Override
    public void close() {
        try {
            new Report(this).write();
        } finally {
            probes.shutdownNow();
            snapshotReaders.shutdownNow();
            canary.stop(0);
            platform.close();
        }
    }

    /** The newest private signing key, as membership-service keeps it in its database. */
    private JsonNode platformSigningKey() {
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + platform.mongoPort())) {
            Document newest = mongo.getDatabase("kombel-membership")
                    .getCollection("signing_keys")
                    .find()
                    .sort(Sorts.descending("generation"))
                    .first();
            if (newest == null) {
                throw new IllegalStateException("membership-service has no signing key");
            }
            return Http.JSON.readTree(newest.getString("jwk"));
        }
    }

    private List<Snapshot.Read> securityReads() {
        URI membership = platform.membership();
        List<Snapshot.Read> reads = new ArrayList<>();
        for (String community : List.of("X", "Y", "P")) {
            reads.add(new Snapshot.Read("admin", membership, "/api/v1/communities/" + world.id(community)));
        }
        for (String region : List.of("R1", "R2")) {
            reads.add(new Snapshot.Read("admin", membership, "/api/v1/regions/" + world.id(region)));
        }
        for (String[] lead : new String[][] {{"leadX", "X"}, {"leadY", "Y"}}) {
            String base = "/api/v1/communities/" + world.id(lead[1]) + "/memberships";
            reads.add(new Snapshot.Read(lead[0], membership, base));
            reads.add(new Snapshot.Read(lead[0], membership, base + "?status=REQUESTED"));
            reads.add(new Snapshot.Read(lead[0], membership, base + "?status=INVITED"));
        }
        for (String actor : List.of("A", "B", "outsider", "leadX", "coX1", "leadY", "coY1", "adminR1", "adminR2")) {
            reads.add(new Snapshot.Read(actor, membership, "/api/v1/members/me"));
        }
        for (String actor : List.of("A", "B", "outsider")) {
            reads.add(new Snapshot.Read(actor, membership, "/api/v1/memberships"));
        }
        reads.add(new Snapshot.Read(
                "leadX", platform.learning(), "/api/v1/communities/" + world.id("X") + "/activities"));
        reads.add(new Snapshot.Read(
                "leadX", platform.discussion(), "/api/v1/communities/" + world.id("X") + "/problems"));
        return reads;
    }

    private List<Snapshot.Read> fuzzReads() {
        URI membership = platform.membership();
        String community = "/api/v1/communities/" + world.id("FZ");
        return List.of(
                new Snapshot.Read("fuzzer", membership, "/api/v1/members/me"),
                new Snapshot.Read("fuzzCo1", membership, "/api/v1/members/me"),
                new Snapshot.Read("fuzzer", membership, community),
                new Snapshot.Read("fuzzer", membership, community + "/memberships"),
                new Snapshot.Read("fuzzer", membership, community + "/memberships?status=REQUESTED"),
                new Snapshot.Read("fuzzer", membership, "/api/v1/memberships"),
                new Snapshot.Read("admin", membership, "/api/v1/regions/" + world.id("RF")),
                new Snapshot.Read("fuzzer", platform.learning(), community + "/activities"),
                new Snapshot.Read("fuzzer", platform.discussion(), community + "/problems"));
    }

    /** Gives each test class the one suite of this run, starting the platform on first use. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Suite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(Started.class, type -> Started.attempt(), Started.class)
                    .suite();
        }
    }

    /** The one start of this run, or why it failed: a failed start is not repeated for every test. */
    private record Started(
            @Nullable Suite started, @Nullable RuntimeException failure) implements AutoCloseable {

        static Started attempt() {
            try {
                return new Started(new Suite(), null);
            } catch (IOException e) {
                return new Started(null, new UncheckedIOException(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Started(null, new IllegalStateException(e));
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }

        Suite suite() {
            if (started == null) {
                throw new IllegalStateException("the platform or the test world could not be set up", failure);
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }

    static @Nullable String nullIfBlank(String value) {
        return value.isBlank() ? null : value;
    }
}
