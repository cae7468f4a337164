package id.kombel.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One app running as its own JVM. The launcher watches it (readiness, exit) and it watches the
 * launcher back through the agent, so it never outlives the launcher by more than a few seconds.
 */
final class AppProcess {

    /** Small enough that four apps and the launcher fit on a developer laptop next to an IDE. */
    private static final List<String> JVM_FLAGS = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC");
    /** C1 only: quicker to start and lighter, for apps whose steady-state speed matters less. */
    private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    private static final Duration POLL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 40;

    private final App app;
    private final Path jar;
    private final Path agentJar;
    private final Path logFile;
    private final HttpClient http;
    /** Replaced when the control channel starts the app again, read by other threads. */
    private volatile Process process;

    AppProcess(App app, Path jar, Path agentJar, Path logFile, HttpClient http) {
        this.app = app;
        this.jar = jar;
        this.agentJar = agentJar;
        this.logFile = logFile;
        this.http = http;
    }

    App app() {
        return app;
    }

    Path logFile() {
        return logFile;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        if (!app.fullJit()) {
            command.add(QUICK_JIT);
        }
        command.add("-javaagent:" + agentJar + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                // the module folder, as when the app is run from an IDE
                .directory(jar.getParent().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(app.environment());
        process = builder.start();
    }

    /** Returns once the app says it takes traffic; fails early if it exits first. */
    void awaitReady(Duration timeout) throws StartupException, InterruptedException {
        URI readiness = URI.create(app.url() + "/actuator/health/readiness");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (answersOk(readiness)) {
                return;
            }
            if (exitedWithin(POLL)) {
                throw failure("exited with code %d before it was ready".formatted(process.exitValue()));
            }
        }
        throw failure(
                "was not ready after %d s: %s never answered 200 (a busy machine may need KOMBEL_READY_TIMEOUT=<seconds>)"
                        .formatted(timeout.toSeconds(), readiness));
    }

    private StartupException failure(String what) {
        List<String> details = new ArrayList<>();
        details.add("--- last %d lines of %s ---".formatted(LOG_TAIL_LINES, logFile));
        details.addAll(logTail(LOG_TAIL_LINES));
        return new StartupException(app.name() + " " + what, details);
    }

    /** SIGTERM lets Spring finish requests and close its Kafka clients; force only if it hangs. */
    void stop(Duration grace) throws InterruptedException {
        if (!isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed (fault injection only). */
    void kill() throws InterruptedException {
        if (isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Completes when the JVM ends, for whatever reason. */
    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    private List<String> logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException | RuntimeException unreadable) {
            // an app that died at once may have left no readable log; the caller still reports it
            return List.of("(no log at " + logFile + ")");
        }
    }

    private boolean answersOk(URI uri) throws InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private boolean exitedWithin(Duration wait) throws InterruptedException {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException impossible) {
            return !process.isAlive();
        }
    }
}
