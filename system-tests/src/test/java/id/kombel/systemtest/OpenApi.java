package id.kombel.systemtest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations the services document (their {@code /v3/api-docs}), and for each a request a
 * client could plausibly send: what every generic probe and the fuzzer start from. Nothing here
 * names an endpoint, so operations added later are covered as soon as they are documented.
 */
final class OpenApi {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    record Operation(
            String service,
            URI base,
            String method,
            String path,
            String operationId,
            List<Parameter> parameters,
            @Nullable JsonNode bodySchema,
            JsonNode document) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasBody() {
            return bodySchema != null;
        }

        /** The body's schema with its {@code $ref}s followed (one level at a time, see {@link #resolve}). */
        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
                String ref = current.get("$ref").asString();
                current = document.at(ref.substring(1));
            }
            if (current.has("allOf") && current.get("allOf").size() == 1) {
                return resolve(current.get("allOf").get(0));
            }
            return current;
        }

        /** The names of the top-level properties the body's schema declares. */
        Set<String> bodyProperties() {
            if (bodySchema == null) {
                return Set.of();
            }
            JsonNode properties = resolve(bodySchema).path("properties");
            return Set.copyOf(properties.propertyNames());
        }
    }

    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, JsonNode> documents = new LinkedHashMap<>();

    Map<String, JsonNode> documents() {
        return Map.copyOf(documents);
    }

    /**
     * Adds a service's operations; parameters named in {@code ignored} are left out (documented by
     * mistake: the server never reads them, see system-tests.yaml).
     */
    void load(String service, URI base, JsonNode document, Set<String> ignored) {
        documents.put(service, document);
        for (var path : document.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    if (ignored.contains(parameter.path("name").asString())) {
                        continue;
                    }
                    parameters.add(new Parameter(
                            parameter.path("name").asString(),
                            parameter.path("in").asString(),
                            parameter.path("required").asBoolean(false),
                            parameter.path("schema")));
                }
                JsonNode content = operation.path("requestBody").path("content");
                JsonNode body = content.path("application/json").path("schema");
                operations.add(new Operation(
                        service,
                        base,
                        method.getKey().toUpperCase(),
                        path.getKey(),
                        operation.path("operationId").asString(""),
                        List.copyOf(parameters),
                        body.isMissingNode() ? null : body,
                        document));
            }
        }
    }

    List<Operation> operations() {
        return List.copyOf(operations);
    }

    /**
     * A plausible value for a schema: the first enum constant, formats honoured, names known to the
     * world (a {@code regionId}, a {@code memberId}) filled from {@code known}, everything else a short
     * harmless text. Optional properties are included, so mutations reach every field.
     */
    static JsonNode example(
            Operation operation, JsonNode schema, String name, Function<String, @Nullable String> known, int depth) {
        JsonNode resolved = operation.resolve(schema);
        String knownValue = known.apply(name);
        if (knownValue != null && (resolved.path("type").asString("string").equals("string"))) {
            return NODES.stringNode(knownValue);
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0).deepCopy();
        }
        if (resolved.has("oneOf") || resolved.has("anyOf")) {
            return example(
                    operation,
                    resolved.has("oneOf")
                            ? resolved.get("oneOf").get(0)
                            : resolved.get("anyOf").get(0),
                    name,
                    known,
                    depth);
        }
        String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 6) {
                    return object;
                }
                for (var property : resolved.path("properties").properties()) {
                    object.set(
                            property.getKey(),
                            example(operation, property.getValue(), property.getKey(), known, depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(example(operation, resolved.path("items"), singular(name), known, depth + 1));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
            }
            case "number" -> {
                return NODES.numberNode(Math.max(1.0, resolved.path("minimum").asDouble(1.0)));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.stringNode(exampleString(resolved, name));
            }
        }
    }

    private static String exampleString(JsonNode schema, String name) {
        String format = schema.path("format").asString("");
        switch (format) {
            case "email":
                return "fuzz-" + System.nanoTime() + "@system-test.kombel.local";
            case "date-time":
                return Instant.now().plusSeconds(7 * 86400).toString();
            case "date":
                return LocalDate.now().plusDays(7).toString();
            case "uri", "url":
                return "https://example.org/sumber-belajar";
            default:
                break;
        }
        String lower = name.toLowerCase();
        if (lower.contains("time") && !lower.contains("zone")) {
            return "15:30";
        }
        if (lower.contains("url") || lower.contains("link")) {
            return "https://example.org/sumber-belajar";
        }
        int min = schema.path("minLength").asInt(0);
        String text = "Contoh " + name;
        return text.length() >= min ? text : text + "x".repeat(min - text.length());
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** Operation keys mapped to themselves, for messages. */
    Map<String, Operation> byKey() {
        Map<String, Operation> byKey = new LinkedHashMap<>();
        operations.forEach(op -> byKey.put(op.key(), op));
        return byKey;
    }
}
