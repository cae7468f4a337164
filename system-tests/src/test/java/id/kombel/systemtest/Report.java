package id.kombel.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The run's results as Markdown ({@code system-tests/target/system-tests-report.md}), in the shape
 * docs/reliability.md keeps them: when, where, what ran, the counts, and every failure.
 */
final class Report {

    private final Suite suite;

    Report(Suite suite) {
        this.suite = suite;
    }

    void write() {
        Findings findings = suite.findings;
        StringBuilder md = new StringBuilder();
        md.append("## Run of ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append("\n\n");
        md.append("- Machine: ").append(machine()).append('\n');
        md.append("- Platform start (launcher, broker, store, 3 services, gateway, demo data): ")
                .append(suite.platform.startup().toSeconds())
                .append(" s; whole run ")
                .append("%.1f".formatted(suite.minutes()))
                .append(" min\n");
        md.append("- Documented operations: ")
                .append(suite.api.operations().size())
                .append('\n');
        md.append("- HTTP requests sent in all: ").append(Http.sent()).append("\n\n");
        md.append("| category | probes | failed | open known defects |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, Integer> category : findings.runByCategory().entrySet()) {
            long open = findings.openDefects().stream()
                    .filter(f -> f.category().equals(category.getKey()))
                    .count();
            md.append("| ")
                    .append(category.getKey())
                    .append(" | ")
                    .append(category.getValue())
                    .append(" | ")
                    .append(findings.failures(category.getKey()).size())
                    .append(" | ")
                    .append(open)
                    .append(" |\n");
        }
        md.append("\n| counter | value |\n|---|---:|\n");
        findings.counters()
                .forEach((name, value) ->
                        md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        md.append("| canary URL fetched by the server | ")
                .append(suite.canaryHits())
                .append(" |\n");
        if (!findings.openDefects().isEmpty()) {
            md.append("\n### Open known defects\n\n");
            findings.openDefects()
                    .forEach(f -> md.append("- **")
                            .append(f.probe())
                            .append("** (")
                            .append(f.category())
                            .append("): ")
                            .append(findings.knownDefect(f.probe()))
                            .append("\n  - observed: ")
                            .append(oneLine(f.why()))
                            .append('\n'));
        }
        if (!findings.failures().isEmpty() || !findings.staleDefects().isEmpty()) {
            md.append("\n### Failures\n\n");
            findings.failures()
                    .forEach(f -> md.append("- ")
                            .append(f.category())
                            .append(" / ")
                            .append(f.probe())
                            .append(": ")
                            .append(oneLine(f.why()))
                            .append('\n'));
            findings.staleDefects()
                    .forEach(name -> md.append("- known defect passes now: ")
                            .append(name)
                            .append('\n'));
        }
        Path file = Path.of(System.getProperty("kombel.system-tests.report", "target/system-tests-report.md"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(md);
    }

    private static String oneLine(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 600 ? line.substring(0, 600) + "..." : line;
    }

    private static String machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return "%s, %d cores, %s %s, Java %s"
                .formatted(
                        host,
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("os.name"),
                        System.getProperty("os.arch"),
                        System.getProperty("java.version"));
    }
}
