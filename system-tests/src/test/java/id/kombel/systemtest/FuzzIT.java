package id.kombel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the three OpenAPI documents, sent generated invalid input (see
 * {@link Mutations}), straight to its service and, one in {@code fuzz.throughGatewayEvery}, through
 * the gateway: never a 5xx, never internals in an answer, and a refused request changes nothing the
 * fuzzer's world can observe. Seeded (fuzz.seed), so a failure can be replayed exactly.
 */
@Order(2)
@ExtendWith(Suite.Resolver.class)
class FuzzIT {

    private static final String CATEGORY = "fuzzing";

    private final Suite suite;
    private final Calls calls;

    FuzzIT(Suite suite) {
        this.suite = suite;
        this.calls = new Calls(suite, "fuzz");
    }

    @Test
    void invalidInputToEveryDocumentedOperationNeverFailsTheServerNorChangesState() {
        long seed = suite.config.at("/fuzz/seed").asLong();
        int budget = suite.config.at("/fuzz/budgetPerOperation").asInt();
        int gatewayEvery = suite.config.at("/fuzz/throughGatewayEvery").asInt();
        Map<String, String> excluded = new java.util.LinkedHashMap<>();
        suite.config
                .at("/fuzz/exclude")
                .forEach(e -> excluded.put(
                        e.path("operation").asString(), e.path("why").asString()));
        int sent = 0;
        int operations = 0;
        for (OpenApi.Operation operation : suite.api.operations()) {
            if (excluded.containsKey(operation.key())) {
                suite.findings.count("fuzz: operations excluded (system-tests.yaml)", 1);
                continue;
            }
            operations++;
            boolean isPublic = calls.isPublic(operation);
            String actor = calls.actorFor(operation, "fuzzer");
            String token = suite.world.actor(actor).token();
            Mutations mutations = new Mutations(operation, calls);
            Map<String, String> before = suite.fuzzState.current();
            AtomicBoolean accepted = new AtomicBoolean();
            List<Runnable> batch = new ArrayList<>();
            int index = 0;
            for (Mutations.Mutation mutation :
                    mutations.pick(seed ^ operation.key().hashCode(), budget)) {
                // public operations stay off the gateway: its per-address limit for anonymous callers
                // would answer 429 rather than let the request be tested
                URI base = !isPublic && index++ % gatewayEvery == 0 ? suite.gateway() : operation.base();
                batch.add(() -> {
                    Http.Response[] seen = new Http.Response[1];
                    suite.findings.probe(
                            CATEGORY, operation.key() + " " + mutation.kind() + ": " + mutation.description(), () -> {
                                Http.Request request = new Http.Request(
                                        operation.method(),
                                        URI.create(base + mutation.pathAndQuery()),
                                        token,
                                        mutation.body(),
                                        mutation.headers());
                                Http.Response response = suite.http.send(request);
                                seen[0] = response;
                                SecurityIT.noInternals(response);
                            });
                    Http.Response response = seen[0];
                    if (response != null) {
                        suite.findings.count("fuzz: answers " + response.status() / 100 + "xx", 1);
                        if (response.status() == 429) {
                            suite.findings.count("fuzz: rate limited (429)", 1);
                        }
                        if (response.status() / 100 == 2) {
                            accepted.set(true);
                            suite.findings.count("fuzz: accepted as valid (2xx)", 1);
                        }
                    }
                });
                sent++;
            }
            // the variants of one operation go out side by side; the state is compared around them all
            suite.inParallel(batch);
            // a GET changes nothing, accepted or not; a write that was accepted was valid input
            if (accepted.get() && !operation.method().equals("GET")) {
                suite.findings.count("fuzz: write operations with an accepted mutation (state check skipped)", 1);
            } else {
                suite.findings.probe(
                        CATEGORY,
                        operation.key() + ": nothing changed",
                        () -> assertThat(Snapshot.differences(before, suite.fuzzState.take()))
                                .as("what changed")
                                .isEmpty());
            }
        }
        suite.findings.count("fuzz: operations fuzzed", operations);
        suite.findings.count("fuzz: requests sent", sent);
        assertThat(operations).as("operations in the OpenAPI documents").isPositive();
        assertThat(suite.findings.failures(CATEGORY))
                .as("fuzz failures:" + suite.findings.describe(CATEGORY))
                .isEmpty();
    }
}
