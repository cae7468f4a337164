package id.kombel.systemtest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invalid and hostile variants of one plausible request, grouped by kind (wrong types, nulls, huge
 * strings, Unicode edge cases, deep nesting, duplicate keys, operator objects, broken JSON, odd path
 * and query values). {@link #pick} takes them round-robin across kinds, each kind shuffled with the
 * run's seed, so a small budget still touches every kind and a run can be repeated exactly.
 */
final class Mutations {

    record Mutation(
            String kind,
            String description,
            String pathAndQuery,
            byte @Nullable [] body,
            Map<String, String> headers) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Unicode that trips up normalisation, rendering, storage or logs; JSON escapes kept as escapes. */
    private static final List<String> UNICODE_JSON = List.of(
            "\"\\u202Egnp.exe\\u202C\"", // right-to-left override
            "\"a\\u200Bb\\u200Cc\\u200Dd\\uFEFF\"", // zero-width characters and a BOM
            "\"\\uD800\"", // unpaired high surrogate
            "\"\\uDFFFx\\uD83D\"", // unpaired low and high surrogates
            "\"nul\\u0000byte\"",
            "\"\\u0000\"",
            "\"👩‍🏫🇮🇩🧑🏽‍🤝‍🧑🏿\"", // emoji with joiners, flags, skin tones
            "\"" + "e\\u0301".repeat(300) + "\"", // combining marks
            "\"𝕂𝕠𝕞𝕓𝕖𝕝 ﷽ ꧁꧂\"",
            "\"line\\r\\nSet-Cookie: x=1\"",
            "\"%s%n%x%p${jndi:ldap://127.0.0.1/a}\"",
            "\"<script>alert(1)</script>\"",
            "\"' OR '1'='1' --\"",
            "\"../../../../etc/passwd\"",
            "\"\\uFFFF\\uFFFE\\u0085\\u2028\\u2029\"",
            "\"   \"",
            "\"\"");

    private static final List<String> WRONG_TYPES = List.of(
            "0",
            "-1",
            "1.5",
            "1e309",
            "-9223372036854775809",
            "true",
            "[]",
            "{}",
            "\"text\"",
            "[[[[[[1]]]]]]",
            "[\"a\",null]");
    private static final List<String> OPERATORS = List.of(
            "{\"$ne\":null}",
            "{\"$gt\":\"\"}",
            "{\"$where\":\"sleep(3000)\"}",
            "{\"$regex\":\".*\"}",
            "{\"$in\":[]}",
            "{\"$expr\":{}}");
    private static final List<String> PATH_VALUES = List.of(
            "A".repeat(5000),
            "%F0%9F%91%A9%E2%80%8D%F0%9F%8F%AB",
            "%E2%80%AEevil",
            "%00",
            "%ED%A0%80", // an encoded lone surrogate: not UTF-8
            "..%2F..%2Factuator%2Fenv",
            "%7B%22%24ne%22%3Anull%7D",
            "%27%20OR%201%3D1",
            "-1",
            "%20",
            "..",
            "%2e%2e%2f");
    private static final List<String> QUERY_VALUES = List.of(
            "",
            "-1",
            "0",
            "abc",
            "99999999999999999999",
            "1e309",
            "NaN",
            "true",
            "%00",
            "A".repeat(10_000),
            "%E2%80%AE",
            "%F0%9F%98%80",
            "%7B%22%24ne%22%3Anull%7D",
            ".*",
            "%5B%5D",
            "%ED%A0%80");

    private final Map<String, List<Mutation>> byKind = new LinkedHashMap<>();
    private final String pathAndQuery;
    private final @Nullable JsonNode body;

    Mutations(OpenApi.Operation operation, Calls calls) {
        this.pathAndQuery = calls.pathAndQuery(operation);
        this.body = calls.body(operation);
        pathVariants(operation, calls);
        queryVariants(operation, calls);
        if (body != null) {
            bodyVariants(body);
        }
    }

    /** Up to {@code budget} mutations, round-robin over the kinds, each kind shuffled by {@code seed}. */
    List<Mutation> pick(long seed, int budget) {
        Random random = new Random(seed);
        List<List<Mutation>> kinds = new ArrayList<>();
        for (List<Mutation> kind : byKind.values()) {
            List<Mutation> shuffled = new ArrayList<>(kind);
            Collections.shuffle(shuffled, random);
            kinds.add(shuffled);
        }
        List<Mutation> picked = new ArrayList<>();
        for (int round = 0; picked.size() < budget; round++) {
            boolean any = false;
            for (List<Mutation> kind : kinds) {
                if (round < kind.size() && picked.size() < budget) {
                    picked.add(kind.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return picked;
    }

    int available() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }

    private void pathVariants(OpenApi.Operation operation, Calls calls) {
        String query = calls.query(operation);
        for (OpenApi.Parameter parameter : operation.in("path")) {
            for (String value : PATH_VALUES) {
                String path = operation.path();
                for (OpenApi.Parameter other : operation.in("path")) {
                    String filled = other == parameter ? value : Calls.encode(calls.pathValue(other.name()));
                    path = path.replace("{" + other.name() + "}", filled);
                }
                add("path parameter", parameter.name() + "=" + abbreviate(value), path + query, validBody(), Map.of());
            }
        }
    }

    private void queryVariants(OpenApi.Operation operation, Calls calls) {
        String path = calls.path(operation);
        String base = calls.query(operation);
        String glue = base.isEmpty() ? "?" : "&";
        for (OpenApi.Parameter parameter : operation.in("query")) {
            for (String value : QUERY_VALUES) {
                String query = base.isEmpty() ? "?" : base + "&";
                query = query.replaceAll(
                        "(^|[?&])" + java.util.regex.Pattern.quote(parameter.name()) + "=[^&]*&?", "$1");
                add(
                        "query parameter",
                        parameter.name() + "=" + abbreviate(value),
                        path + query + parameter.name() + "=" + value,
                        validBody(),
                        Map.of());
            }
            add(
                    "query parameter",
                    parameter.name() + " twice",
                    path + base + glue + parameter.name() + "=1&" + parameter.name() + "=2",
                    validBody(),
                    Map.of());
            add(
                    "query parameter",
                    parameter.name() + "[$ne]",
                    path + base + glue + parameter.name() + "%5B%24ne%5D=1",
                    validBody(),
                    Map.of());
        }
        add(
                "query parameter",
                "unknown $where",
                path + base + glue + "%24where=1&__proto__%5Bx%5D=1",
                validBody(),
                Map.of());
    }

    private void bodyVariants(JsonNode valid) {
        for (String field : Bodies.fields(valid)) {
            add("null", field, replaced(valid, field, "null"));
            for (String wrong : WRONG_TYPES) {
                add("wrong type", field + "=" + wrong, replaced(valid, field, wrong));
            }
            for (String operator : OPERATORS) {
                add("operator object", field + "=" + operator, replaced(valid, field, operator));
            }
            add("huge string", field + " = 100 KB", replaced(valid, field, "\"" + "x".repeat(100_000) + "\""));
            for (String unicode : UNICODE_JSON) {
                add("unicode", field + "=" + abbreviate(unicode), replaced(valid, field, unicode));
            }
            add(
                    "deep nesting",
                    field + " nested 1000 deep",
                    replaced(valid, field, "[".repeat(1000) + "]".repeat(1000)));
        }
        add(
                "huge string",
                "1 MB string in the first field",
                replaced(
                        valid,
                        Bodies.fields(valid).isEmpty()
                                ? ""
                                : Bodies.fields(valid).get(0),
                        "\"" + "x".repeat(1_000_000) + "\""));
        String json = valid.toString();
        add(
                "deep nesting",
                "body nested 1000 deep",
                ("{\"a\":".repeat(1000) + "1" + "}".repeat(1000)).getBytes(StandardCharsets.UTF_8));
        add(
                "deep nesting",
                "arrays nested 5000 deep",
                ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8));
        if (valid instanceof ObjectNode object && !object.isEmpty()) {
            String first = object.propertyNames().iterator().next();
            String duplicate = "\"" + first + "\":" + object.get(first) + ",";
            add(
                    "duplicate keys",
                    "duplicate " + first,
                    ("{" + duplicate + json.substring(1)).getBytes(StandardCharsets.UTF_8));
            add(
                    "duplicate keys",
                    "duplicate " + first + " with another type",
                    ("{\"" + first + "\":{\"$ne\":null}," + json.substring(1)).getBytes(StandardCharsets.UTF_8));
        }
        for (String whole : List.of(
                "",
                "null",
                "[]",
                "\"text\"",
                "12",
                "{",
                json.substring(0, json.length() / 2),
                json + "}",
                json + json,
                "{\"a\":1,}",
                "{'a':1}",
                "{\"a\":NaN}")) {
            add("broken JSON", "body " + abbreviate(whole), whole.getBytes(StandardCharsets.UTF_8));
        }
        add("broken JSON", "invalid UTF-8", new byte[] {
            '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'
        });
        add("broken JSON", "a 10 000-field object", bigObject());
        add(
                "broken JSON",
                "as text/plain",
                json.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/plain"));
        add(
                "broken JSON",
                "as XML",
                "<a><b>1</b></a>".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/xml"));
        add(
                "broken JSON",
                "declared UTF-16",
                json.getBytes(StandardCharsets.UTF_16),
                Map.of("Content-Type", "application/json; charset=UTF-16"));
    }

    private byte @Nullable [] validBody() {
        return body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaced(JsonNode valid, String pointer, String rawJson) {
        // A marker goes in as a string, then the marker's JSON is swapped for the raw text, so that
        // what Jackson would never write (unpaired surrogates, 1e309, NaN) reaches the server as is.
        String marker = "__fuzz_marker_" + Math.abs(rawJson.hashCode()) + "__";
        String json = pointer.isEmpty()
                ? "\"" + marker + "\""
                : Bodies.with(valid, pointer, NODES.stringNode(marker)).toString();
        return json.replace("\"" + marker + "\"", rawJson).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bigObject() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private void add(String kind, String description, byte[] body) {
        add(kind, description, pathAndQuery, body, Map.of());
    }

    private void add(String kind, String description, byte[] body, Map<String, String> headers) {
        add(kind, description, pathAndQuery, body, headers);
    }

    private void add(
            String kind, String description, String target, byte @Nullable [] body, Map<String, String> headers) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>())
                .add(new Mutation(kind, description, target, body, headers));
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
    }
}
