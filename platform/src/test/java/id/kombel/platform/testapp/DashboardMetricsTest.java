package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kombel.platform.testapp.ObservabilityAssets.Query;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every metric the Grafana dashboards and the Prometheus alert rules query exists, so a misspelled or
 * renamed series cannot leave a panel empty or an alert silent. Names the platform gives every service
 * are looked up in the test application's real scrape after a request, a published event and its
 * consumption; the few only the gateway or Prometheus itself provide are listed below.
 */
@IntegrationTest
@AutoConfigureRestTestClient
class DashboardMetricsTest {

    /** Series no service exposes, with who provides them instead. */
    static final Map<String, String> PROVIDED_ELSEWHERE = Map.of(
            "up",
            "Prometheus itself, for every scrape target",
            "spring_cloud_gateway_requests_seconds_count",
            "the gateway's route metrics (GatewayMetricsTest)",
            "spring_cloud_gateway_requests_seconds_bucket",
            "the gateway's route metrics (GatewayMetricsTest)",
            "resilience4j_circuitbreaker_state",
            "the gateway's Resilience4j circuit breakers (resilience4j-micrometer)",
            "resilience4j_circuitbreaker_calls_seconds_count",
            "the gateway's Resilience4j circuit breakers (resilience4j-micrometer)");

    /**
     * Event types the business dashboard counts whose services are not in the event catalog
     * (docs/events/asyncapi.yaml) yet. Once a type is in the catalog its entry here is redundant.
     */
    static final Set<String> PLANNED_EVENT_TYPES = Set.of(
            "MemberRegistered",
            "CommunityVerified",
            "ActivityCompleted",
            "LearningHoursCredited",
            "ProblemPosted",
            "ProblemSolved",
            "TrialOutcomeReported");

    private static final Pattern EVENT_TYPE = Pattern.compile("\\btype=~?\"([^\"]+)\"");

    @Autowired
    RestTestClient http;

    @Test
    void everyMetricTheDashboardsAndAlertRulesQueryExists() {
        List<Query> queries = ObservabilityAssets.queries();
        assertThat(queries)
                .as("queries in deploy/grafana and deploy/prometheus")
                .hasSizeGreaterThan(20);

        Map<String, List<String>> unknown = unknown(queries, knownNames());

        assertThat(unknown)
                .as("metrics no app exposes, with where they are queried")
                .isEmpty();
    }

    @Test
    void reportsAMisspelledMetricInADashboard() {
        JsonNode dashboard = JsonMapper.builder().build().readTree("""
                        {"panels": [{"type": "row", "title": "Events", "panels": [
                          {"title": "Outbox backlog", "targets": [
                            {"expr": "sum by (application) (kombel_outbox_pendng{application=~\\"$application\\"})"},
                            {"expr": "rate(kombel_events_published_total[$__rate_interval])"}]}]}]}
                        """);

        Map<String, List<String>> unknown =
                unknown(ObservabilityAssets.dashboardQueries("typo.json", dashboard), knownNames());

        assertThat(unknown).containsOnlyKeys("kombel_outbox_pendng");
        assertThat(unknown.get("kombel_outbox_pendng")).containsExactly("typo.json, panel \"Outbox backlog\"");
    }

    @Test
    void dashboardsHaveUniqueIdsAndQueryTheProvisionedPrometheus() {
        Set<String> uids = new HashSet<>();
        for (Path file : ObservabilityAssets.dashboards()) {
            JsonNode dashboard = ObservabilityAssets.readDashboard(file);
            assertThat(uids.add(dashboard.path("uid").asString()))
                    .as("unique uid in %s", file)
                    .isTrue();
            assertThat(dashboard.path("title").asString())
                    .as("title of %s", file)
                    .isNotBlank();
            List<String> datasources = new ArrayList<>();
            dashboard
                    .findValues("datasource")
                    .forEach(ds -> datasources.add(ds.path("uid").asString()));
            assertThat(datasources).as("datasources in %s", file).isNotEmpty().containsOnly("prometheus");
        }
        assertThat(uids).hasSize(3);
    }

    @Test
    void countsOnlyEventTypesOfTheCatalogOrPlannedOnes() throws IOException {
        Set<String> catalog = catalogEventTypes();
        Set<String> counted = ObservabilityAssets.queries().stream()
                .flatMap(query -> eventTypes(query.expression()).stream())
                .collect(Collectors.toSet());

        assertThat(counted).as("event types the dashboards count").contains("CommunityProposed", "ProblemSolved");
        counted.removeAll(catalog);
        assertThat(counted)
                .as("event types neither in docs/events/asyncapi.yaml nor planned")
                .isSubsetOf(PLANNED_EVENT_TYPES);
    }

    /** A query Prometheus cannot parse never shows data: promtool parses each, where it is installed (CI). */
    @Test
    void everyDashboardQueryParsesAsPromQl() throws IOException, InterruptedException {
        assumeTrue(promtoolInstalled(), "promtool is not installed (.ci/run installs it)");
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
        List<Query> queries = ObservabilityAssets.queries();
        for (int i = 0; i < queries.size(); i++) {
            String expression = queries.get(i).variable()
                    ? variableSelector(queries.get(i).expression())
                    : queries.get(i).expression();
            rules.append("      - record: dashboard_query_")
                    .append(i)
                    .append("\n        expr: '")
                    .append(withGrafanaVariables(expression).replace("'", "''").replace("\n", " "))
                    .append("'\n");
        }
        Path file = Files.createDirectories(Path.of("target")).resolve("dashboard-queries.rules.yml");
        Files.writeString(file, rules);

        Process promtool = new ProcessBuilder("promtool", "check", "rules", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(promtool.waitFor()).as(output).isZero();
    }

    /** Names found in the test application's scrape after a flow, and those provided elsewhere. */
    private Set<String> knownNames() {
        String token = "Bearer " + TestIdentity.shared().member("ops-dashboards");
        NotesController.NoteResponse note = http.post()
                .uri("/api/v1/notes")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\":\"charted\"}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(NotesController.NoteResponse.class)
                .returnResult()
                .getResponseBody();
        http.get()
                .uri("/api/v1/notes/" + note.id())
                .header("Authorization", token)
                .exchange()
                .expectStatus()
                .isOk();
        await("the event consumed").until(() -> scrape().contains("kombel_events_processed_total{"));

        Set<String> names = scrape().lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(HashSet::new));
        names.addAll(PROVIDED_ELSEWHERE.keySet());
        return names;
    }

    private static Map<String, List<String>> unknown(List<Query> queries, Set<String> known) {
        Map<String, List<String>> unknown = new TreeMap<>();
        for (Query query : queries) {
            for (String name : query.metricNames()) {
                if (!known.contains(name)) {
                    unknown.computeIfAbsent(name, n -> new ArrayList<>()).add(query.where());
                }
            }
        }
        return unknown;
    }

    private String scrape() {
        return http.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> catalogEventTypes() throws IOException {
        try (Reader reader = Files.newBufferedReader(ObservabilityAssets.root().resolve("docs/events/asyncapi.yaml"))) {
            Map<String, Object> asyncapi = new Yaml().load(reader);
            Map<String, Object> components = (Map<String, Object>) asyncapi.get("components");
            return ((Map<String, Object>) components.get("messages")).keySet();
        }
    }

    private static Set<String> eventTypes(String expression) {
        Set<String> types = new HashSet<>();
        Matcher matcher = EVENT_TYPE.matcher(expression);
        while (matcher.find()) {
            types.addAll(Arrays.asList(matcher.group(1).split("\\|")));
        }
        return types;
    }

    private static String variableSelector(String query) {
        return query.replaceAll("^\\s*label_values\\((.*?)(?:,\\s*\\w+\\s*)?\\)\\s*$", "$1");
    }

    /** Grafana's variables as Grafana would fill them in. */
    private static String withGrafanaVariables(String expression) {
        return expression
                .replace("$__rate_interval", "1m")
                .replace("$__interval", "1m")
                .replace("$__range", "1h")
                .replaceAll("\\$\\{?\\w+}?", ".*");
    }

    private static boolean promtoolInstalled() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "promtool")));
    }
}
