package id.kombel.local;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole platform in order (broker and store, then the services side by side, then the
 * gateway), tells the developer where everything is, and on Ctrl-C or SIGTERM stops it in the
 * reverse order, so every app can still reach Kafka and the store while it shuts down.
 */
public final class LocalPlatform {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration INFRASTRUCTURE_STOP_LIMIT = Duration.ofSeconds(30);

    private final Settings settings;
    private final Progress progress;
    private final HttpClient http;
    private final Path agentJar;
    private final Progress.Stopwatch sinceLaunch = Progress.stopwatch();
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** What to undo, most recent first: popping it stops things in the reverse of start order. */
    private final Deque<Runnable> stopSteps = new ArrayDeque<>();

    private final List<AppProcess> apps = new ArrayList<>();
    private KafkaBroker broker;
    private Credentials credentials;
    private boolean stopping;

    LocalPlatform(Settings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(1))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.agentJar = settings.root().resolve("local-platform/target/local-platform-agent.jar");
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.fromEnvironment(System.getenv(), root());
        } catch (IllegalArgumentException badSetting) {
            System.err.println("kombel: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(settings.logDir());
        LibraryLogging.writeTo(settings.logDir().resolve("kafka.log"));

        LocalPlatform platform = new LocalPlatform(settings, new Progress(System.out));
        // The one way out, for Ctrl-C, SIGTERM and failed start-ups alike (they call System.exit).
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "kombel-stop"));
        try {
            platform.start();
        } catch (Exception failed) {
            platform.report(failed);
            System.exit(1);
        }
        platform.stopped.await();
    }

    void start() throws Exception {
        progress.line("Starting Kombel (data in " + settings.dataDir() + ")");
        credentials = Credentials.load(settings.dataDir(), System.getenv());
        boolean control = ControlChannel.enabled(System.getenv());
        List<App> services = Apps.services(settings, credentials);
        App gateway = Apps.gateway(settings);
        requireFreePorts();
        requireJars(services, gateway);

        startBroker();
        startStore();
        startAndAwait(services);
        startAndAwait(List.of(gateway));

        new Summary(settings, progress).print(sinceLaunch, startedApps());
        // Demo data goes in through the public API, so it can only be seeded once everything is ready.
        seedDemoData();
        warnOnUnexpectedExits();
        if (control) {
            new ControlChannel(startedApps(), broker, settings.readyTimeout(), STOP_GRACE, progress).listen(System.in);
        }
    }

    /**
     * Loads the demo region, teachers and community through the gateway on the first run, and says
     * how to sign in. A failure here leaves the platform running: it is a convenience, not a service.
     */
    private void seedDemoData() {
        String gateway = "http://localhost:" + settings.gateway().port();
        try {
            if (new DemoData(http, gateway, credentials).loadOnce(settings.dataDir())) {
                progress.step("Demo data", "region " + DemoData.REGION + ", 3 teachers, a verified community");
            }
        } catch (IOException | RuntimeException e) {
            progress.step("Demo data", "not loaded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        progress.step("Sign in", credentials.adminEmail() + " / " + credentials.adminPassword() + "  (platform admin)");
        progress.step("", DemoData.LEAD_EMAIL + " / " + credentials.demoPassword() + "  (teacher, community lead)");
        progress.step("", "POST " + gateway + "/api/v1/auth/login {\"email\":...,\"password\":...}");
        progress.step("", "passwords are kept in " + settings.dataDir().resolve("credentials.properties"));
    }

    /** Stops whatever was started, newest first: gateway, services, store (H2 commits), broker. */
    void stop() {
        try {
            Runnable step;
            boolean any = false;
            while ((step = nextStopStep()) != null) {
                if (!any) {
                    progress.line("Stopping Kombel...");
                    any = true;
                }
                step.run();
            }
            if (any) {
                progress.line("Kombel stopped.");
            }
        } finally {
            stopped.countDown();
        }
    }

    private synchronized Runnable nextStopStep() {
        stopping = true;
        return stopSteps.poll();
    }

    /** Records how to undo a step unless a stop has begun, so Ctrl-C mid-start leaves nothing. */
    private synchronized void started(Runnable stopStep) throws StartupException {
        if (stopping) {
            stopStep.run();
            throw new StartupException("stopped while starting");
        }
        stopSteps.push(stopStep);
    }

    private void startBroker() throws Exception {
        KafkaBroker broker = new KafkaBroker(
                settings.dataDir().resolve("kafka"), settings.kafka().port());
        var clock = Progress.stopwatch();
        progress.step("kafka", "starting on port " + settings.kafka().port());
        broker.start();
        this.broker = broker;
        started(() -> closeWithin(INFRASTRUCTURE_STOP_LIMIT, "kafka", broker));
        progress.step("kafka", "ready in " + clock);
    }

    private void startStore() throws Exception {
        DocumentStore store = new DocumentStore(
                settings.dataDir().resolve("mongo"), settings.mongo().port());
        var clock = Progress.stopwatch();
        progress.step("mongo store", "starting on port " + settings.mongo().port());
        store.start();
        started(() -> closeWithin(INFRASTRUCTURE_STOP_LIMIT, "mongo store", store));
        progress.step("mongo store", "ready in " + clock);
    }

    private void startAndAwait(List<App> group) throws Exception {
        List<AppProcess> processes = new ArrayList<>();
        for (App app : group) {
            Path log = settings.logDir().resolve(app.name() + ".log");
            processes.add(new AppProcess(app, app.jar(settings.root()), agentJar, log, http));
        }
        AppGroup apps = new AppGroup(processes, progress);
        synchronized (this) {
            // started under the lock, so a stop cannot slip in between spawning and recording
            started(() -> apps.stop(STOP_GRACE));
            apps.start();
            this.apps.addAll(processes);
        }
        apps.awaitReady(settings.readyTimeout());
    }

    /** Bounded, so a broker stuck mid-start cannot keep Ctrl-C from ending the launcher. */
    private void closeWithin(Duration limit, String name, AutoCloseable component) {
        var clock = Progress.stopwatch();
        Thread closer = new Thread(
                () -> {
                    try {
                        component.close();
                        progress.step(name, "stopped in " + clock);
                    } catch (Exception failed) {
                        progress.step(name, "did not stop cleanly: " + failed);
                    }
                },
                "kombel-stop-" + name);
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(limit.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (closer.isAlive()) {
            progress.step(name, "still stopping after " + clock + "; leaving it to the JVM exit");
        }
    }

    /** An app that dies after start-up is reported at once rather than found later by a 502. */
    private void warnOnUnexpectedExits() {
        for (AppProcess app : startedApps()) {
            app.onExit().thenAccept(process -> {
                if (!isStopping()) {
                    progress.step(
                            app.app().name(),
                            "exited unexpectedly (code %d); see %s".formatted(process.exitValue(), app.logFile()));
                }
            });
        }
    }

    /** A failure caused by Ctrl-C during start-up is not news; anything else is explained. */
    private void report(Exception failed) {
        if (isStopping()) {
            return;
        }
        if (failed instanceof StartupException refused) {
            System.err.println("kombel: " + refused.getMessage());
            refused.details().forEach(System.err::println);
        } else {
            System.err.println("kombel: could not start: " + failed);
            failed.printStackTrace();
        }
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    private synchronized List<AppProcess> startedApps() {
        return List.copyOf(apps);
    }

    private void requireFreePorts() throws StartupException {
        List<String> problems = PortCheck.problems(settings.ports());
        if (!problems.isEmpty()) {
            throw new StartupException(
                    "cannot start (nothing was started):",
                    problems.stream().map(problem -> "  " + problem).toList());
        }
    }

    private void requireJars(List<App> services, App gateway) throws StartupException {
        List<Path> expected = new ArrayList<>();
        services.forEach(app -> expected.add(app.jar(settings.root())));
        expected.add(gateway.jar(settings.root()));
        expected.add(agentJar);
        List<Path> missing = expected.stream()
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> settings.root().relativize(jar))
                .toList();
        if (!missing.isEmpty()) {
            throw new StartupException("missing " + missing + ": run ./kombel, which builds what is missing");
        }
    }

    /** The repository root: this jar lives in local-platform/target, classes in target/classes. */
    private static Path root() throws URISyntaxException {
        String explicit = System.getProperty("kombel.root");
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        Path location = Path.of(LocalPlatform.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return location.getParent().getParent().getParent();
    }
}
