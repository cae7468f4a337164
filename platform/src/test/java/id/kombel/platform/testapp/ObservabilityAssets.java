package id.kombel.platform.testapp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboards ({@code deploy/grafana/dashboards/*.json}) and Prometheus alert rules
 * ({@code deploy/prometheus/rules/*.yml}) of the repository, and every query in them with where it is.
 */
final class ObservabilityAssets {

    /** A query and where it is written: file and panel, variable or alert. */
    record Query(String where, String expression, boolean variable) {

        java.util.Set<String> metricNames() {
            return variable ? PromQl.variableMetricNames(expression) : PromQl.metricNames(expression);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ObservabilityAssets() {}

    /** The repository's root: the first folder upwards from the module that has {@code deploy/}. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/grafana"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no deploy/grafana above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static List<Path> dashboards() {
        return list(root().resolve("deploy/grafana/dashboards"), ".json");
    }

    static List<Path> ruleFiles() {
        return list(root().resolve("deploy/prometheus/rules"), ".yml");
    }

    static JsonNode readDashboard(Path file) {
        return JSON.readTree(file.toFile());
    }

    static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        dashboards()
                .forEach(file ->
                        queries.addAll(dashboardQueries(file.getFileName().toString(), readDashboard(file))));
        ruleFiles().forEach(file -> queries.addAll(ruleQueries(file)));
        return queries;
    }

    /** The panels' queries (rows' nested panels too) and the variables' queries of a dashboard. */
    static List<Query> dashboardQueries(String name, JsonNode dashboard) {
        List<Query> queries = new ArrayList<>();
        panels(dashboard.path("panels"), name, queries);
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            JsonNode query = variable.path("query");
            String text = query.isObject() ? query.path("query").asString("") : query.asString("");
            if ("query".equals(variable.path("type").asString()) && !text.isBlank()) {
                queries.add(
                        new Query(name + ", variable $" + variable.path("name").asString(), text, true));
            }
        }
        return queries;
    }

    private static void panels(JsonNode panels, String name, List<Query> queries) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(new Query(
                        name + ", panel \"" + panel.path("title").asString() + "\"",
                        target.path("expr").asString(""),
                        false));
            }
            panels(panel.path("panels"), name, queries);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Query> ruleQueries(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> content = new Yaml().load(reader);
            List<Query> queries = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) content.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    Object name = rule.containsKey("alert") ? rule.get("alert") : rule.get("record");
                    queries.add(
                            new Query(file.getFileName() + ", rule " + name, String.valueOf(rule.get("expr")), false));
                }
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
