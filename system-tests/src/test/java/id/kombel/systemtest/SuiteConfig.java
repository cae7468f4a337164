package id.kombel.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/** {@code system-tests.yaml}: the declarative probe matrix and the fuzzer's settings. */
record SuiteConfig(JsonNode root) {

    static SuiteConfig load() {
        try (InputStream in = SuiteConfig.class.getResourceAsStream("/system-tests.yaml")) {
            if (in == null) {
                throw new IllegalStateException("system-tests.yaml is missing from the test class path");
            }
            Object yaml = new Yaml().load(in);
            return new SuiteConfig(Http.JSON.valueToTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> strings(String pointer) {
        return root.at(pointer).valueStream().map(JsonNode::asString).toList();
    }

    JsonNode at(String pointer) {
        return root.at(pointer);
    }

    Map<String, String> knownDefects() {
        java.util.Map<String, String> defects = new java.util.LinkedHashMap<>();
        root.path("knownDefects")
                .properties()
                .forEach(e -> defects.put(e.getKey(), e.getValue().asString()));
        return defects;
    }

    /** Whether an operation ({@code METHOD /path/{param}}) matches a pattern ({@code * /api/v1/admin/**}). */
    static boolean matches(String pattern, String method, String path) {
        String[] parts = pattern.split(" ", 2);
        if (!parts[0].equals("*") && !parts[0].equalsIgnoreCase(method)) {
            return false;
        }
        String regex = parts[1].replace(".", "\\.")
                .replace("**", "\u0000")
                .replace("*", "[^/]+")
                .replace("\u0000", ".*")
                .replaceAll("\\{[^}/]+}", "[^/]+");
        return path.replaceAll("\\{[^}/]+}", "x").matches(regex) || path.matches(regex);
    }
}
