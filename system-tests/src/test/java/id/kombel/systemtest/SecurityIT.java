package id.kombel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The OWASP API Security Top 10 (2023), probed on the running platform. Generic probes come from
 * the services' OpenAPI documents (every documented operation), the object-level matrix and the
 * lists of fields and operators from system-tests.yaml. Every probe asserts the status, that the
 * answer leaks no internals, and that nothing the world can observe changed.
 */
@Order(1)
@ExtendWith(Suite.Resolver.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

    private final Suite suite;
    private final Calls calls;

    SecurityIT(Suite suite) {
        this.suite = suite;
        this.calls = new Calls(suite, "security");
    }

    @Test
    @Order(1)
    void everyOperationRefusesMissingAndForgedTokensAtTheGatewayAndAtTheService() {
        String category = "API2 broken authentication";
        Map<String, String> forged = new java.util.LinkedHashMap<>(
                suite.tokens.forgeriesOf(suite.world.actor("admin").token()));
        forged.put("a refresh token", suite.world.actor("admin").refreshToken());
        forged.put("no token", "");
        for (OpenApi.Operation operation : suite.api.operations()) {
            if (calls.isPublic(operation)) {
                continue;
            }
            JsonNode body = calls.body(operation);
            boolean mutating = !operation.method().equals("GET");
            Map<String, String> before = mutating ? suite.securityState.current() : Map.of();
            AtomicBoolean accepted = new AtomicBoolean();
            List<Runnable> batch = new ArrayList<>();
            for (var token : forged.entrySet()) {
                for (URI base : List.of(suite.gateway(), operation.base())) {
                    String where = base.equals(suite.gateway()) ? "gateway" : operation.service();
                    batch.add(() -> suite.findings.probe(
                            category, operation.key() + " with " + token.getKey() + " at " + where, () -> {
                                Http.Request request = Http.Request.of(
                                                operation.method(),
                                                base,
                                                calls.pathAndQuery(operation),
                                                Suite.nullIfBlank(token.getValue()))
                                        .json(body == null ? null : body.toString());
                                Http.Response response = suite.http.send(request);
                                if (response.status() / 100 == 2) {
                                    accepted.set(true);
                                }
                                expectStatus(response, 401);
                                assertThat(response.header("WWW-Authenticate"))
                                        .as("WWW-Authenticate of " + response.describe())
                                        .isNotNull();
                            }));
                }
            }
            suite.inParallel(batch);
            // an accepted forgery is a failure above already; what it changed is not news
            if (mutating && !accepted.get()) {
                unchanged(category, operation.key() + ": no forged token changed anything", before);
            }
        }
        assertNoFailures(category);
    }

    @Test
    @Order(2)
    void nobodyReachesAnotherMembersCommunitysOrRegionsObjects() {
        String category = "API1 object-level authorization (BOLA)";
        awaitNotificationOf("leadX");
        for (JsonNode probe : suite.config.at("/bola")) {
            String name = probe.path("name").asString();
            suite.findings.probe(category, name, () -> {
                String[] request =
                        suite.world.resolve(probe.path("request").asString()).split(" ", 2);
                String body = probe.has("body")
                        ? suite.world.resolve(probe.path("body").asString())
                        : null;
                Map<String, String> before = suite.securityState.current();
                Http.Response response = suite.world.call(
                        request[0], request[1], probe.path("actor").asString(), body);
                expectStatus(response, ints(probe.path("expect")));
                for (JsonNode secret : probe.path("mustNotContain")) {
                    assertThat(response.body())
                            .as("what " + response.describe() + " reveals")
                            .doesNotContain(secret.asString());
                }
                assertNothingChanged(before, response);
            });
        }
        assertNoFailures(category);
    }

    @Test
    @Order(3)
    void membersLeadsAndRegionAdminsCannotCallPlatformAdminOperations() {
        String category = "API5 function-level authorization";
        List<String> callers = suite.config.strings("/adminOnlyCallers");
        int operations = 0;
        for (OpenApi.Operation operation : suite.api.operations()) {
            if (!calls.isAdminOnly(operation)) {
                continue;
            }
            operations++;
            JsonNode body = calls.body(operation);
            for (String caller : callers) {
                suite.findings.probe(category, operation.key() + " by " + caller, () -> {
                    Map<String, String> before = suite.securityState.current();
                    Http.Response response = suite.world.call(
                            operation.method(),
                            calls.pathAndQuery(operation),
                            caller,
                            body == null ? null : body.toString());
                    expectStatus(response, 403, 404);
                    assertNothingChanged(before, response);
                });
            }
        }
        assertThat(operations)
                .as("admin-only operations found in the OpenAPI documents")
                .isPositive();
        assertNoFailures(category);
    }

    @Test
    @Order(4)
    void roleStatusAuthorAndCountersInRequestBodiesAreRejectedOrIgnored() {
        String category = "API3 mass assignment";
        JsonNode fields = suite.config.at("/massAssignment");
        for (OpenApi.Operation operation : suite.api.operations()) {
            JsonNode body = calls.body(operation);
            if (!(body instanceof ObjectNode valid)) {
                continue;
            }
            String actor = calls.actorFor(operation, "leadX");
            Map<String, String> before = suite.securityState.current();
            AtomicBoolean accepted = new AtomicBoolean();
            List<Runnable> batch = new ArrayList<>();
            for (var field : fields.properties()) {
                if (operation.bodyProperties().contains(field.getKey())) {
                    continue;
                }
                ObjectNode tampered = valid.deepCopy();
                JsonNode value = resolved(field.getValue());
                tampered.set(field.getKey(), value);
                batch.add(() -> suite.findings.probe(category, operation.key() + " with " + field.getKey(), () -> {
                    Http.Response response = suite.world.call(
                            operation.base(),
                            operation.method(),
                            calls.pathAndQuery(operation),
                            actor,
                            tampered.toString());
                    noInternals(response);
                    if (response.status() / 100 == 2) {
                        accepted.set(true);
                        assertThat(response.body())
                                .as("an accepted body must not have stored " + field.getKey() + ": "
                                        + response.describe())
                                .doesNotContain(value.isString() ? value.asString() : value.toString());
                    } else {
                        expectStatus(response, 400);
                    }
                }));
            }
            suite.inParallel(batch);
            if (!accepted.get()) {
                unchanged(category, operation.key() + " changed nothing", before);
            }
        }
        assertNoFailures(category);
    }

    @Test
    @Order(5)
    void pageSizesAndBodiesAreCapped() {
        String category = "API4 resource consumption";
        for (OpenApi.Operation operation : suite.api.operations()) {
            if (operation.in("query").stream().noneMatch(p -> p.name().equals("limit"))) {
                continue;
            }
            String actor = calls.actorFor(operation, "leadX");
            String base = calls.pathAndQuery(operation);
            String glue = base.contains("?") ? "&" : "?";
            List<Runnable> batch = new ArrayList<>();
            for (String limit : List.of("0", "-1", "101", "1000000", "2147483648", "abc", "1e3")) {
                batch.add(() -> suite.findings.probe(category, operation.key() + " with limit=" + limit, () -> {
                    Http.Response response =
                            suite.world.call(operation.base(), "GET", base + glue + "limit=" + limit, actor, null);
                    expectStatus(response, 400);
                }));
            }
            batch.add(() ->
                    suite.findings.probe(category, operation.key() + " with limit=100 answers at most 100", () -> {
                        Http.Response response =
                                suite.world.call(operation.base(), "GET", base + glue + "limit=100", actor, null);
                        noInternals(response);
                        if (response.status() == 200 && response.json().has("items")) {
                            assertThat(response.json().get("items").size()).isLessThanOrEqualTo(100);
                        }
                    }));
            suite.inParallel(batch);
        }
        byte[] huge = ("{\"name\":\"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> before = suite.securityState.current();
        List<Runnable> oversized = new ArrayList<>();
        for (OpenApi.Operation operation : suite.api.operations()) {
            if (!operation.hasBody()) {
                continue;
            }
            oversized.add(() ->
                    suite.findings.probe(category, operation.key() + " with a 1.2 MB body at the gateway", () -> {
                        String token = suite.world
                                .actor(calls.actorFor(operation, "leadX"))
                                .token();
                        Http.Response response = suite.http.send(Http.Request.of(
                                        operation.method(), suite.gateway(), calls.pathAndQuery(operation), token)
                                .bytes(huge));
                        expectStatus(response, 413);
                    }));
        }
        suite.inParallel(oversized);
        suite.findings.probe(category, "a 20 KB header at the gateway", () -> {
            Http.Response response = suite.http.send(Http.Request.of(
                            "GET",
                            suite.gateway(),
                            "/api/v1/members/me",
                            suite.world.actor("A").token())
                    .header("X-Padding", "p".repeat(20_000)));
            expectStatus(response, 431, 400, 413);
        });
        for (int depth : new int[] {1000, 100_000}) {
            suite.findings.probe(category, "JSON nested " + depth + " deep at membership-service", () -> {
                String nested = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                Http.Response response =
                        suite.world.call(suite.platform.membership(), "PUT", "/api/v1/members/me", "A", nested);
                expectStatus(response, 400);
            });
        }
        unchanged(category, "oversized requests changed nothing", before);
        assertNoFailures(category);
    }

    @Test
    @Order(6)
    void mongoOperatorsInQueryParametersAndBodiesFindNothingMoreAndAreRejected() {
        String category = "API8 injection (MongoDB operators)";
        List<String> queryValues = suite.config.strings("/queryInjections");
        List<String> operators = suite.config.strings("/operators");
        for (OpenApi.Operation operation : suite.api.operations()) {
            String actor = calls.actorFor(operation, "leadX");
            Map<String, String> before = suite.securityState.current();
            AtomicBoolean accepted = new AtomicBoolean();
            List<Runnable> batch = new ArrayList<>();
            for (OpenApi.Parameter parameter : operation.in("query")) {
                if (!operation
                                .resolve(parameter.schema())
                                .path("type")
                                .asString("string")
                                .equals("string")
                        || operation.resolve(parameter.schema()).has("enum")
                        || parameter.name().equals("cursor")) {
                    continue;
                }
                int noMatch = itemsFor(operation, actor, parameter.name(), "zz-no-such-value-" + suite.world.run());
                String unfiltered = itemIds(suite.world.call(
                        operation.base(), operation.method(), calls.pathAndQuery(operation), actor, null));
                for (String injected : queryValues) {
                    batch.add(() -> suite.findings.probe(
                            category, operation.key() + " ?" + parameter.name() + "=" + injected, () -> {
                                Http.Response response = queryWith(operation, actor, parameter.name(), injected);
                                noInternals(response);
                                assertThat(response.status())
                                        .as(response.describe())
                                        .isLessThan(500);
                                // an operator matches no more than a value nothing has, unless the value has no
                                // searchable content and is ignored (the answer is then the unfiltered list)
                                if (response.status() == 200
                                        && response.json().has("items")
                                        && response.json().get("items").size() > noMatch) {
                                    assertThat(itemIds(response))
                                            .as("more found than by a value nothing has, and not the unfiltered list: "
                                                    + response.describe())
                                            .isEqualTo(unfiltered);
                                }
                            }));
                }
                for (String bracket : List.of("[$ne]", "[$gt]", "[$regex]")) {
                    batch.add(() -> suite.findings.probe(
                            category, operation.key() + " ?" + parameter.name() + bracket + "=", () -> {
                                Http.Response response = queryWith(operation, actor, parameter.name() + bracket, "");
                                noInternals(response);
                                assertThat(response.status())
                                        .as(response.describe())
                                        .isLessThan(500);
                            }));
                }
            }
            JsonNode body = calls.body(operation);
            if (body instanceof ObjectNode valid) {
                for (String field : Bodies.stringFields(valid)) {
                    for (String operator : operators) {
                        batch.add(() -> suite.findings.probe(
                                category, operation.key() + " body " + field + "=" + operator, () -> {
                                    JsonNode injected = Bodies.with(valid, field, Http.JSON.readTree(operator));
                                    Http.Response response = suite.world.call(
                                            operation.base(),
                                            operation.method(),
                                            calls.pathAndQuery(operation),
                                            actor,
                                            injected.toString());
                                    if (response.status() / 100 == 2) {
                                        accepted.set(true);
                                    }
                                    expectStatus(response, 400);
                                }));
                    }
                }
            }
            suite.inParallel(batch);
            if (!accepted.get()) {
                unchanged(category, operation.key() + " changed nothing", before);
            }
        }
        assertNoFailures(category);
    }

    @Test
    @Order(7)
    void urlsInRequestsAreNeverFetchedByTheServer() {
        String category = "API7 server-side request forgery";
        Calls fuzzCalls = new Calls(suite, "fuzz");
        int sent = 0;
        for (OpenApi.Operation operation : suite.api.operations()) {
            JsonNode body = fuzzCalls.body(operation);
            if (!(body instanceof ObjectNode valid)) {
                continue;
            }
            String actor = fuzzCalls.actorFor(operation, "fuzzer");
            List<Runnable> batch = new ArrayList<>();
            for (String field : Bodies.stringFields(valid)) {
                String url = suite.canaryUrl(operation.operationId() + "/" + field);
                JsonNode withUrl = Bodies.with(valid, field, StringNode.valueOf(url));
                batch.add(() -> suite.findings.probe(category, operation.key() + " body " + field + " = a URL", () -> {
                    Http.Response response = suite.world.call(
                            operation.base(),
                            operation.method(),
                            fuzzCalls.pathAndQuery(operation),
                            actor,
                            withUrl.toString());
                    noInternals(response);
                    assertThat(response.status()).as(response.describe()).isLessThan(500);
                }));
                sent++;
            }
            suite.inParallel(batch);
        }
        suite.findings.count("URLs planted in request bodies", sent);
        suite.findings.probe(
                category,
                "no planted URL was fetched (watched for 5 s after the last)",
                () -> Awaitility.await()
                        .pollDelay(java.time.Duration.ofSeconds(5))
                        .atMost(java.time.Duration.ofSeconds(6))
                        .untilAsserted(() -> assertThat(suite.canaryHits()).isZero()));
        assertNoFailures(category);
    }

    @Test
    @Order(8)
    void internalsStackTracesAndForeignOriginsStayOut() {
        String category = "API8 security misconfiguration";
        String adminToken = suite.world.actor("A").token();
        for (String path : suite.config.strings("/internals/gateway")) {
            for (String token : Arrays.asList(null, adminToken)) {
                suite.findings.probe(
                        category, "gateway " + path + (token == null ? "" : " with a member's token"), () -> {
                            Http.Response response =
                                    suite.http.send(Http.Request.of("GET", suite.gateway(), path, token));
                            expectStatus(response, 400, 401, 403, 404, 405);
                        });
            }
        }
        for (OpenApi.Operation any : suite.api.operations().stream()
                .collect(java.util.stream.Collectors.toMap(OpenApi.Operation::service, o -> o, (a, b) -> a))
                .values()) {
            for (String path : suite.config.strings("/internals/services")) {
                suite.findings.probe(category, any.service() + "-service " + path, () -> {
                    Http.Response response = suite.http.send(Http.Request.of("GET", any.base(), path, null));
                    expectStatus(response, 401, 403, 404, 405);
                });
            }
        }
        suite.findings.probe(category, "a CORS preflight from a foreign origin is not allowed", () -> {
            Http.Response response =
                    suite.http.send(Http.Request.of("OPTIONS", suite.gateway(), "/api/v1/members/me", null)
                            .header("Origin", "https://evil.example")
                            .header("Access-Control-Request-Method", "PUT")
                            .header("Access-Control-Request-Headers", "authorization"));
            assertThat(response.header("Access-Control-Allow-Origin"))
                    .as(response.describe())
                    .isNull();
            assertThat(response.header("Access-Control-Allow-Credentials"))
                    .as(response.describe())
                    .isNull();
        });
        suite.findings.probe(category, "a request from a foreign origin gets no CORS allowance", () -> {
            Http.Response response =
                    suite.http.send(Http.Request.of("GET", suite.gateway(), "/api/v1/members/me", adminToken)
                            .header("Origin", "https://evil.example"));
            assertThat(response.header("Access-Control-Allow-Origin"))
                    .as(response.describe())
                    .isNull();
            assertThat(response.header("Access-Control-Allow-Credentials"))
                    .as(response.describe())
                    .isNull();
        });
        suite.findings.probe(category, "gateway answers carry the browser-hardening headers", () -> {
            Http.Response response =
                    suite.http.send(Http.Request.of("GET", suite.gateway(), "/api/v1/members/me", adminToken));
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        });
        for (String method : List.of("TRACE", "TRACK")) {
            suite.findings.probe(category, method + " is not echoed", () -> {
                Http.Response response =
                        suite.http.send(Http.Request.of(method, suite.gateway(), "/api/v1/members/me", adminToken)
                                .header("X-Echo", "secret-marker"));
                assertThat(response.status()).as(response.describe()).isNotEqualTo(200);
                assertThat(response.body()).doesNotContain("secret-marker");
            });
        }
        for (String broken : List.of("{", "{\"email\":", "[1,2", "\u0000", "{\"a\":1}{\"b\":2}")) {
            suite.findings.probe(category, "malformed JSON " + printable(broken) + " is a clean 400", () -> {
                Http.Response response =
                        suite.http.send(Http.Request.of("POST", suite.gateway(), "/api/v1/members", null)
                                .json(broken));
                expectStatus(response, 400);
                assertThat(response.header("Content-Type")).contains("application/problem+json");
            });
        }
        assertNoFailures(category);
    }

    @Test
    @Order(9)
    void theDocumentedInventoryIsTheServedOne() {
        String category = "API9 inventory and documentation";
        List<String> notParameters = suite.config.strings("/ignoreDocumentedParameters");
        for (var document : suite.api.documents().entrySet()) {
            String service = document.getKey();
            suite.findings.probe(
                    category,
                    service + " documents its bearer-token security scheme",
                    () -> assertThat(document.getValue().at("/components/securitySchemes").properties().stream()
                                    .anyMatch(scheme -> scheme.getValue()
                                            .path("scheme")
                                            .asString()
                                            .equalsIgnoreCase("bearer")))
                            .as("components.securitySchemes of " + service)
                            .isTrue());
            suite.findings.probe(category, service + " documents no parameter it never reads " + notParameters, () -> {
                List<String> documented = new ArrayList<>();
                for (var path : document.getValue().path("paths").properties()) {
                    for (var operation : path.getValue().properties()) {
                        for (JsonNode parameter : operation.getValue().path("parameters")) {
                            if (notParameters.contains(parameter.path("name").asString())) {
                                documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
                            }
                        }
                    }
                }
                assertThat(documented)
                        .as("operations documenting " + notParameters)
                        .isEmpty();
            });
            suite.findings.probe(category, service + "'s document is served through the gateway", () -> {
                Http.Response response =
                        suite.http.send(Http.Request.of("GET", suite.gateway(), "/v3/api-docs/" + service, null));
                expectStatus(response, 200);
                assertThat(response.json().path("paths").propertyNames())
                        .containsExactlyInAnyOrderElementsOf(
                                document.getValue().path("paths").propertyNames());
            });
        }
        assertNoFailures(category);
    }

    @Test
    @Order(10)
    void eventsConsumedFromOtherServicesAreValidatedBeforeTheyChangeAnything() {
        String category = "API10 unsafe consumption of APIs";
        // discussion-service's solutions topic, consumed by membership-service (notifications and
        // engagement): each record below names member A, so A's inbox and engagement would show it
        String topic = "discussion.solution";
        EventRecords kafka = new EventRecords(suite.platform.kafkaPort());
        String memberA = suite.world.id("A");
        String valid = """
                {"solutionId":"%s","problemId":"forged-problem","communityId":"%s","authorId":"%s",
                 "problemAuthorId":"%s","proposedAt":"2026-11-28T08:00:00Z"}""";
        Map<
                        String,
                        java.util.function.Function<
                                String, org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]>>>
                forged = new java.util.LinkedHashMap<>();
        forged.put(
                "a SolutionProposed with every field missing",
                key -> EventRecords.cloudEvent(
                        topic, null, key, EventRecords.headersOf("SolutionProposed", key), EventRecords.bytes("{}")));
        forged.put(
                "a SolutionProposed with an operator for an id",
                key -> EventRecords.cloudEvent(
                        topic,
                        null,
                        key,
                        EventRecords.headersOf("SolutionProposed", key),
                        EventRecords.bytes(valid.formatted(key, suite.world.id("X"), suite.world.id("leadX"), memberA)
                                .replace(
                                        "\"problemAuthorId\":\"" + memberA + "\"",
                                        "\"problemAuthorId\":{\"$ne\":null}"))));
        forged.put("a SolutionProposed without an event id (cannot be deduplicated)", key -> {
            Map<String, String> headers = EventRecords.headersOf("SolutionProposed", key);
            headers.put("ce_id", null);
            return EventRecords.cloudEvent(
                    topic,
                    null,
                    key,
                    headers,
                    EventRecords.bytes(valid.formatted(key, suite.world.id("X"), suite.world.id("leadX"), memberA)));
        });
        forged.put(
                "a body that is not JSON",
                key -> EventRecords.cloudEvent(
                        topic,
                        null,
                        key,
                        EventRecords.headersOf("SolutionProposed", key),
                        EventRecords.bytes("<solution id='" + key + "'/>")));
        Map<String, Integer> dlts = kafka.deadLettersExpected(topic);
        Map<String, String> before = inboxAndEngagement("A", "leadX");
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        int index = 0;
        for (var variant : forged.entrySet()) {
            String key = "forged-" + suite.world.run() + "-" + index++;
            keys.put(variant.getKey(), key);
            kafka.send(variant.getValue().apply(key));
        }
        // a type this consumer does not read is skipped by design (topics carry events some consumers
        // ignore): it must change nothing and not be dead-lettered either
        String unknownType = "forged-" + suite.world.run() + "-unknown-type";
        kafka.send(EventRecords.cloudEvent(
                topic,
                null,
                unknownType,
                EventRecords.headersOf("SolutionStolen", unknownType),
                EventRecords.bytes(
                        valid.formatted(unknownType, suite.world.id("X"), suite.world.id("leadX"), memberA))));
        suite.findings.count("API10: forged or malformed events sent to " + topic, keys.size() + 1);
        for (var variant : keys.entrySet()) {
            suite.findings.probe(category, variant.getKey() + " is dead-lettered by every consumer", () -> {
                assertThat(dlts).as("consumers of " + topic).isNotEmpty();
                Awaitility.await()
                        .atMost(java.time.Duration.ofSeconds(60))
                        .pollInterval(java.time.Duration.ofSeconds(1))
                        .untilAsserted(() -> {
                            for (var dlt : dlts.entrySet()) {
                                assertThat(kafka.withKey(dlt.getKey(), variant.getValue()))
                                        .as(variant.getKey() + " in " + dlt.getKey() + " (one per consumer group)")
                                        .isEqualTo(dlt.getValue().longValue());
                            }
                        });
            });
        }
        suite.findings.probe(category, "an event type no service publishes is skipped, not dead-lettered", () -> {
            for (String dlt : dlts.keySet()) {
                assertThat(kafka.withKey(dlt, unknownType)).as("in " + dlt).isZero();
            }
        });
        suite.findings.probe(
                category,
                "forged events changed no member's inbox or engagement",
                () -> assertThat(Snapshot.differences(before, inboxAndEngagement("A", "leadX")))
                        .as("what changed")
                        .isEmpty());
        assertNoFailures(category);
    }

    /**
     * Automation of learning's and discussion's flows by one member, a dozen requests at once, through
     * the gateway: seat grabbing (a member holds one seat however often they register), check-in code
     * guessing (no more than five wrong guesses, however they are sent), helpful-vote stuffing (one
     * member counts once) and appreciation spam (once per item).
     */
    @Test
    @Order(11)
    void learningAndDiscussionFlowsCannotBeAutomatedByOneMember() {
        String category = "API6 sensitive business flows";
        int burst = 12;
        String community = suite.world.id("X");
        java.time.LocalDateTime startsAt = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Jakarta"))
                .plusMinutes(10)
                .withNano(0);
        Http.Response created =
                suite.world.call("POST", "/api/v1/communities/" + community + "/activities", "leadX", """
                {"kind":"WORKSHOP","title":"API6 %s","description":"Seats and check-in under automation",
                 "startsAt":"%s","endsAt":"%s","mode":"IN_PERSON","venue":"SMP Uji","capacity":3,
                 "learningHoursJp":2,"competencies":["Asesmen"],"openToOtherCommunities":false}""".formatted(
                                suite.world.run(), startsAt, startsAt.plusHours(2)));
        expectStatus(created, 201);
        String activity = created.json().path("id").asString();
        expectStatus(suite.world.call("POST", "/api/v1/activities/" + activity + "/publish", "leadX", null), 200);

        List<Integer> registrations = burst(
                burst, () -> suite.world.call("POST", "/api/v1/activities/" + activity + "/registrations", "A", null));
        suite.findings.probe(category, "one member's " + burst + " registrations at once hold one seat", () -> {
            // a request that finds the member's registration still being settled by another settles
            // it too and answers it (201); what must hold is the seat count
            assertThat(registrations).as("statuses").isSubsetOf(201, 409).contains(201);
            JsonNode seats = suite.world
                    .call("GET", "/api/v1/activities/" + activity + "/seats", "leadX", null)
                    .json();
            assertThat(seats.path("confirmed").asInt()).as(seats.toString()).isEqualTo(1);
            assertThat(seats.path("free").asInt()).as(seats.toString()).isEqualTo(2);
        });

        String right = suite.world
                .call("GET", "/api/v1/activities/" + activity + "/check-in-code", "leadX", null)
                .json()
                .path("code")
                .asString();
        java.util.concurrent.atomic.AtomicInteger guess = new java.util.concurrent.atomic.AtomicInteger(100000);
        List<Integer> guesses = burst(2 * burst, () -> {
            String code = String.valueOf(guess.getAndIncrement());
            return suite.world.call(
                    "POST",
                    "/api/v1/activities/" + activity + "/check-ins",
                    "A",
                    "{\"code\":\"" + (code.equals(right) ? "999999" : code) + "\"}");
        });
        suite.findings.count(
                "API6: check-in guesses answered \"wrong code\" of " + 2 * burst + " sent at once",
                guesses.stream().filter(status -> status == 422).count());
        suite.findings.probe(category, "check-in code guessing stops after five wrong codes, sent at once", () -> {
            assertThat(guesses).as("statuses").isSubsetOf(422, 409);
            assertThat(guesses.stream().filter(status -> status == 422).count())
                    .as("judged guesses")
                    .isEqualTo(5);
            Http.Response afterLock = suite.world.call(
                    "POST", "/api/v1/activities/" + activity + "/check-ins", "A", "{\"code\":\"" + right + "\"}");
            expectStatus(afterLock, 409);
            JsonNode attendance = suite.world
                    .call("GET", "/api/v1/activities/" + activity + "/attendance", "leadX", null)
                    .json();
            assertThat(attendance.path("attended").asInt())
                    .as(attendance.toString())
                    .isZero();
        });

        Http.Response problem = suite.world.call(
                "POST", "/api/v1/communities/" + community + "/problems", "A", """
                {"title":"API6 %s","description":"Votes and thanks under automation","category":"STUDENT_MOTIVATION",
                 "subject":"Matematika","level":"SMP","grade":8,"tags":["api6"]}""".formatted(suite.world.run()));
        expectStatus(problem, 201);
        Http.Response solution = suite.world.call(
                "POST",
                "/api/v1/problems/" + problem.json().path("id").asString() + "/solutions",
                "coX1",
                "{\"summary\":\"API6 solution\"}");
        expectStatus(solution, 201);
        String solutionPath = "/api/v1/solutions/" + solution.json().path("id").asString();
        List<Integer> votes = burst(burst, () -> suite.world.call("POST", solutionPath + "/votes", "A", null));
        suite.findings.probe(category, "one member's " + burst + " helpful votes at once count at most once", () -> {
            assertThat(votes).as("statuses").isSubsetOf(200, 409);
            Awaitility.await("the helpful count to agree with the member's vote")
                    .atMost(java.time.Duration.ofSeconds(30))
                    .untilAsserted(() -> {
                        JsonNode seen =
                                suite.world.call("GET", solutionPath, "A", null).json();
                        assertThat(seen.path("helpfulVotes").asInt())
                                .as(seen.toString())
                                .isEqualTo(seen.path("helpfulToMe").asBoolean() ? 1 : 0);
                    });
        });
        List<Integer> thanks = burst(
                burst,
                () -> suite.world.call("POST", solutionPath + "/appreciations", "A", "{\"message\":\"Terima kasih\"}"));
        suite.findings.probe(category, "one member's " + burst + " thanks at once for one solution make one", () -> {
            assertThat(thanks).as("statuses").isSubsetOf(201, 409);
            assertThat(thanks).as("statuses").containsOnlyOnce(201);
        });
        // the events of these writes (notifications, replicas) settle before later probes compare state
        suite.securityState.settled();
        assertNoFailures(category);
    }

    /** The statuses of {@code times} calls made six at a time (the suite's parallelism). */
    private List<Integer> burst(int times, java.util.function.Supplier<Http.Response> call) {
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Runnable> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            calls.add(() -> {
                Http.Response response = call.get();
                noInternals(response);
                statuses.add(response.status());
            });
        }
        suite.inParallel(calls);
        return List.copyOf(statuses);
    }

    @Test
    @Order(12)
    void signUpAutomationFromOneAddressIsStoppedAtTheGateway() {
        // Last of the class: it spends this address's anonymous quota, which every later anonymous
        // request through the gateway shares (RateLimitIT runs after the fuzzer for the same reason).
        String category = "API6 sensitive business flows";
        String quota = "anonymous";
        int limit = 120;
        java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
        List<Http.Response> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> refusedEmails = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<Runnable> signUps = new ArrayList<>();
        for (int i = 0; i < 3 * limit; i++) {
            String email = "bot-" + i + "-" + suite.world.run() + "@system-test.kombel.local";
            signUps.add(() -> {
                if (refused.size() >= 5) {
                    return;
                }
                Http.Response response =
                        suite.http.send(Http.Request.of("POST", suite.gateway(), "/api/v1/members", null)
                                .json("""
                                        {"email":"%s","password":"Bot-%s-pass","name":"Bot","regionId":"%s","school":"SMP Bot",
                                         "subjects":["Matematika"],"levels":["SMP"],"educatorType":"PENDIDIK"}""".formatted(email, suite.world.run(), suite.world.id("RF"))));
                if (response.status() == 201) {
                    created.incrementAndGet();
                } else if (response.status() == 429) {
                    refused.add(response);
                    refusedEmails.add(email);
                }
            });
        }
        suite.inParallel(signUps);
        double seconds = (System.nanoTime() - started) / 1e9;
        suite.findings.count("API6: sign-ups from one address before 429", created.get());
        suite.findings.probe(category, "sign-ups from one address are refused past the " + quota + " quota", () -> {
            assertThat(refused).as("429s among " + (3 * limit) + " sign-ups").isNotEmpty();
            for (Http.Response response : refused) {
                expectStatus(response, 429);
                assertThat(response.header("Retry-After"))
                        .as(response.describe())
                        .isNotBlank();
            }
            // the bucket holds `limit` and refills `limit` a minute while the bots send
            assertThat(created.get())
                    .as("accounts created in %.0f s", seconds)
                    .isLessThanOrEqualTo(limit + (int) Math.ceil(seconds * limit / 60.0));
        });
        suite.findings.probe(category, "a refused sign-up created no account", () -> {
            assertThat(refusedEmails).isNotEmpty();
            Http.Response login =
                    suite.http.send(Http.Request.of("POST", suite.platform.membership(), "/api/v1/auth/login", null)
                            .json("{\"email\":\"%s\",\"password\":\"Bot-%s-pass\"}"
                                    .formatted(refusedEmails.get(0), suite.world.run())));
            expectStatus(login, 401);
        });
        assertNoFailures(category);
    }

    private Map<String, String> inboxAndEngagement(String... actors) {
        Map<String, String> seen = new java.util.LinkedHashMap<>();
        for (String actor : actors) {
            for (String path : List.of("/api/v1/notifications?limit=100", "/api/v1/engagement/me")) {
                Http.Response response = suite.world.call(suite.platform.membership(), "GET", path, actor, null);
                seen.put(actor + " GET " + path, response.status() + " " + response.body());
            }
        }
        return seen;
    }

    // --- helpers ---

    private Http.Response queryWith(OpenApi.Operation operation, String actor, String name, String value) {
        String base = calls.path(operation);
        List<String> pairs = new ArrayList<>();
        for (OpenApi.Parameter parameter : operation.in("query")) {
            if (parameter.required() && !parameter.name().equals(name)) {
                pairs.add(Calls.encode(parameter.name()) + "="
                        + Calls.encode(
                                OpenApi.example(operation, parameter.schema(), parameter.name(), calls::fieldValue, 0)
                                        .asString()));
            }
        }
        pairs.add(Calls.encode(name) + "=" + Calls.encode(value));
        return suite.world.call(
                operation.base(), operation.method(), base + "?" + String.join("&", pairs), actor, null);
    }

    private int itemsFor(OpenApi.Operation operation, String actor, String name, String value) {
        Http.Response response = queryWith(operation, actor, name, value);
        return response.status() == 200 && response.json().has("items")
                ? response.json().get("items").size()
                : 0;
    }

    private static String itemIds(Http.Response response) {
        if (response.status() != 200 || !response.json().has("items")) {
            return response.status() + "";
        }
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.path("id").asString(item.toString())));
        return ids.toString();
    }

    private void awaitNotificationOf(String actor) {
        try {
            Awaitility.await("a notification for " + actor)
                    .atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> suite.world
                                    .call("GET", "/api/v1/notifications", actor, null)
                                    .json()
                                    .path("items")
                                    .size()
                            > 0);
            String id = suite.world
                    .call("GET", "/api/v1/notifications", actor, null)
                    .json()
                    .path("items")
                    .get(0)
                    .path("id")
                    .asString();
            suite.world.remember(actor + "Notification", id);
        } catch (org.awaitility.core.ConditionTimeoutException none) {
            suite.world.remember(actor + "Notification", "no-notification-arrived");
        }
    }

    private JsonNode resolved(JsonNode value) {
        return Http.JSON.readTree(suite.world.resolve(value.toString()));
    }

    private void unchanged(String category, String name, Map<String, String> before) {
        suite.findings.probe(
                category,
                name,
                () -> assertThat(Snapshot.differences(before, suite.securityState.take()))
                        .as("what changed")
                        .isEmpty());
    }

    private void assertNothingChanged(Map<String, String> before, Http.Response response) {
        assertThat(Snapshot.differences(before, suite.securityState.take()))
                .as("what changed after " + response.describe())
                .isEmpty();
    }

    static void expectStatus(Http.Response response, int... expected) {
        noInternals(response);
        assertThat(response.status())
                .as(response.describe())
                .isIn(Arrays.stream(expected).boxed().toList());
    }

    static void noInternals(Http.Response response) {
        assertThat(response.status()).as("never a 5xx: " + response.describe()).isLessThan(500);
        assertThat(response.leaksInternals())
                .as("internals in " + response.describe())
                .isFalse();
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    private static String printable(String text) {
        return text.replace("\u0000", "\\u0000");
    }

    private void assertNoFailures(String category) {
        assertThat(suite.findings.failures(category))
                .as(category + " failures:" + suite.findings.describe(category))
                .isEmpty();
    }
}
