package id.kombel.local;

import java.util.List;

/** What a developer needs once the platform is up: where to point a browser, metrics and logs. */
final class Summary {

    private final Settings settings;
    private final Progress progress;

    Summary(Settings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    void print(Progress.Stopwatch sinceLaunch, List<AppProcess> apps) {
        String gateway = "http://localhost:" + settings.gateway().port();
        progress.line("");
        progress.line("Kombel is ready in " + sinceLaunch);
        progress.step("Gateway", gateway);
        progress.step("API docs", gateway + "/swagger-ui.html");
        String label = "Metrics";
        for (AppProcess app : apps) {
            progress.step(label, column(app.app().name()) + app.app().url() + "/actuator/prometheus");
            label = "";
        }
        progress.step("Kafka", "localhost:" + settings.kafka().port());
        progress.step("MongoDB", "mongodb://localhost:" + settings.mongo().port());
        progress.step("Logs", settings.logDir().toString());
        long launcher = ProcessHandle.current().pid();
        progress.step("Memory (RSS)", column("launcher") + rss(launcher) + " (kafka and the mongo store)");
        for (AppProcess app : apps) {
            progress.step("", column(app.app().name()) + rss(app.pid()));
        }
        progress.line("Press Ctrl-C to stop everything.");
    }

    private static String column(String name) {
        return "%-11s ".formatted(name);
    }

    private static String rss(long pid) {
        return ResidentMemory.describe(pid);
    }
}
