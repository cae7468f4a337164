package id.kombel.systemtest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A plausible request for any documented operation, for one of the two worlds ({@code security}
 * or {@code fuzz}): path parameters and known body fields from the world, the rest from the schema.
 */
final class Calls {

    private final Suite suite;
    private final String profile;

    Calls(Suite suite, String profile) {
        this.suite = suite;
        this.profile = profile;
    }

    /** The operation's path with every parameter filled in, and its required query parameters. */
    String pathAndQuery(OpenApi.Operation operation) {
        return path(operation) + query(operation);
    }

    String path(OpenApi.Operation operation) {
        String path = operation.path();
        for (OpenApi.Parameter parameter : operation.in("path")) {
            path = path.replace("{" + parameter.name() + "}", encode(pathValue(parameter.name())));
        }
        return path;
    }

    String pathValue(String name) {
        JsonNode value = suite.config.at("/pathValues/" + profile + "/" + name);
        if (value.isMissingNode()) {
            return suite.config.at("/unknownId").asString();
        }
        return suite.world.resolve(value.asString());
    }

    String query(OpenApi.Operation operation) {
        List<String> pairs = new ArrayList<>();
        for (OpenApi.Parameter parameter : operation.in("query")) {
            if (parameter.required()) {
                JsonNode value = OpenApi.example(operation, parameter.schema(), parameter.name(), this::fieldValue, 0);
                pairs.add(encode(parameter.name()) + "="
                        + encode(value.isValueNode() ? value.asString() : value.toString()));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** A body the schema accepts, or null when the operation takes none. */
    @Nullable
    JsonNode body(OpenApi.Operation operation) {
        JsonNode schema = operation.bodySchema();
        return schema == null ? null : OpenApi.example(operation, schema, "body", this::fieldValue, 0);
    }

    @Nullable
    String fieldValue(String name) {
        JsonNode value = suite.config.at("/fieldValues/" + profile + "/" + name);
        return value.isMissingNode() ? null : suite.world.resolve(value.asString());
    }

    /** Who calls an operation when the probe is not about who may: the platform admin on admin-only operations. */
    String actorFor(OpenApi.Operation operation, String memberActor) {
        return isAdminOnly(operation) ? "admin" : memberActor;
    }

    boolean isAdminOnly(OpenApi.Operation operation) {
        return suite.config.strings("/adminOnly").stream()
                .anyMatch(pattern -> SuiteConfig.matches(pattern, operation.method(), operation.path()));
    }

    boolean isPublic(OpenApi.Operation operation) {
        return suite.config.strings("/public").stream()
                .anyMatch(pattern -> SuiteConfig.matches(pattern, operation.method(), operation.path()));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
