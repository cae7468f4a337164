package id.kombel.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The whole platform as a user runs it ({@code java -jar local-platform/target/local-platform.jar},
 * what {@code ./kombel} executes): the launcher JVM holds the Kafka broker and the store, and starts
 * the three services and the gateway as JVMs of their own. Free ports and a fresh data folder, so a
 * developer's own {@code ./kombel} on the default ports is not disturbed.
 */
final class RunningPlatform implements AutoCloseable {

    /**
     * The launcher's own limit is KOMBEL_READY_TIMEOUT per group of apps (services, then gateway);
     * this covers both groups, the broker and the demo data, on a machine busy enough that one group
     * alone took over five minutes.
     */
    private static final Duration READY_LIMIT = Duration.ofMinutes(25);

    private final @Nullable Process launcher;
    private final Path dataDir;
    private final Map<String, Integer> ports;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch demoDataDone = new CountDownLatch(1);
    /** Control commands sent and not answered yet, by command (see {@link #control}). */
    private final Map<String, CompletableFuture<String>> pendingControl = new ConcurrentHashMap<>();

    private final Duration startup;

    /** A platform someone else started (a developer's ./kombel run), which close() leaves running. */
    private RunningPlatform(Path dataDir, Map<String, Integer> ports) {
        this.launcher = null;
        this.dataDir = dataDir;
        this.ports = ports;
        this.startup = Duration.ZERO;
    }

    private RunningPlatform(Process launcher, Path dataDir, Map<String, Integer> ports, Instant started)
            throws InterruptedException {
        this.launcher = launcher;
        this.dataDir = dataDir;
        this.ports = ports;
        Thread reader = new Thread(this::readOutput, "platform-output");
        reader.setDaemon(true);
        reader.start();
        if (!demoDataDone.await(READY_LIMIT.toSeconds(), TimeUnit.SECONDS) || !launcher.isAlive()) {
            String tail = String.join("\n", lastLines(60));
            close();
            throw new IllegalStateException("the platform did not become ready in " + READY_LIMIT + ":\n" + tail);
        }
        this.startup = Duration.between(started, Instant.now());
    }

    static RunningPlatform start() throws IOException, InterruptedException {
        String attach = System.getProperty("kombel.system-tests.attach", "");
        if (!attach.isBlank()) {
            // -Dkombel.system-tests.attach=<data dir> with the KOMBEL_*_PORT variables of that run:
            // iterate on probes without waiting minutes for a start each time
            Map<String, Integer> ports = new HashMap<>();
            Map<String, Integer> defaults = Map.of(
                    "GATEWAY",
                    8080,
                    "MEMBERSHIP",
                    8081,
                    "LEARNING",
                    8082,
                    "DISCUSSION",
                    8083,
                    "KAFKA",
                    9092,
                    "MONGO",
                    27017);
            defaults.forEach((name, port) -> ports.put(
                    name,
                    Integer.parseInt(System.getenv().getOrDefault("KOMBEL_" + name + "_PORT", String.valueOf(port)))));
            return new RunningPlatform(Path.of(attach), ports);
        }
        Path root = Path.of(System.getProperty("kombel.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path jar = root.resolve("local-platform/target/local-platform.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the platform first (see docs/reliability.md)");
        }
        Path dataParent = Path.of(System.getProperty(
                "kombel.system-tests.data",
                root.resolve("system-tests/target/platform-data").toString()));
        Files.createDirectories(dataParent);
        Path dataDir = Files.createTempDirectory(dataParent, "run-");
        Map<String, Integer> ports = new HashMap<>();
        for (String name : List.of("GATEWAY", "MEMBERSHIP", "LEARNING", "DISCUSSION", "KAFKA", "MONGO")) {
            ports.put(name, freePort());
        }
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xms64m",
                        "-Xmx384m",
                        "-Xss512k",
                        "-XX:+UseSerialGC",
                        "-Dkombel.root=" + root,
                        // the launcher ends (stopping its apps) when this test JVM is gone, even after kill -9
                        "-javaagent:" + root.resolve("local-platform/target/local-platform-agent.jar") + "="
                                + ProcessHandle.current().pid(),
                        "-jar",
                        jar.toString())
                .directory(root.toFile())
                .redirectErrorStream(true);
        ports.forEach((name, port) -> builder.environment().put("KOMBEL_" + name + "_PORT", String.valueOf(port)));
        builder.environment().put("KOMBEL_DATA_DIR", dataDir.toString());
        // the faults suite kills and restarts apps and the broker through the launcher's standard
        // input (local-platform's ControlChannel); nobody else holds that input
        builder.environment().put("KOMBEL_CONTROL", "stdin");
        // CI machines and busy laptops start four Spring Boot apps slowly
        builder.environment().putIfAbsent("KOMBEL_READY_TIMEOUT", "600");
        builder.environment().remove("KOMBEL_ADMIN_EMAIL");
        builder.environment().remove("KOMBEL_ADMIN_PASSWORD");
        Instant started = Instant.now();
        return new RunningPlatform(builder.start(), dataDir, ports, started);
    }

    URI gateway() {
        return url("GATEWAY");
    }

    URI membership() {
        return url("MEMBERSHIP");
    }

    URI learning() {
        return url("LEARNING");
    }

    URI discussion() {
        return url("DISCUSSION");
    }

    int mongoPort() {
        return ports.get("MONGO");
    }

    int kafkaPort() {
        return ports.get("KAFKA");
    }

    Duration startup() {
        return startup;
    }

    Path dataDir() {
        return dataDir;
    }

    /** The platform admin's credentials the launcher generated for this data folder. */
    Properties credentials() {
        Properties stored = new Properties();
        try (var in = Files.newInputStream(dataDir.resolve("credentials.properties"))) {
            stored.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stored;
    }

    /** The demo data's verified community (the launcher records its id in a marker file). */
    String demoCommunityId() {
        try {
            return Files.readString(dataDir.resolve("demo-data-loaded")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String adminEmail() {
        return "admin@kombel.local";
    }

    String demoPassword() {
        return credentials().getProperty("demo.password");
    }

    /** Whether {@link #control} can be used: only on a platform this suite started. */
    boolean controllable() {
        return launcher != null;
    }

    /**
     * Sends a command to the launcher's control channel ({@code kill membership}, {@code start
     * membership}, {@code stop gateway}, {@code stop kafka}, {@code start kafka}) and completes with
     * its answer once it has taken effect ({@code start} once the app is ready again); fails if the
     * launcher reports a failure. One command of a kind at a time.
     */
    CompletableFuture<String> control(String command) {
        if (launcher == null) {
            throw new IllegalStateException("the platform was not started by this suite: no control channel");
        }
        CompletableFuture<String> answer = new CompletableFuture<>();
        if (pendingControl.putIfAbsent(command, answer) != null) {
            throw new IllegalStateException("'" + command + "' is already running");
        }
        try {
            var input = launcher.getOutputStream();
            synchronized (input) {
                input.write((command + "\n").getBytes(StandardCharsets.UTF_8));
                input.flush();
            }
        } catch (IOException e) {
            pendingControl.remove(command);
            answer.completeExceptionally(e);
        }
        return answer;
    }

    /** {@link #control}, waiting for the answer. */
    String controlAndWait(String command, Duration limit) {
        try {
            return control(command).get(limit.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "'" + command + "' failed: " + e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            pendingControl.remove(command);
            throw new IllegalStateException("'" + command + "' not done within " + limit, e);
        }
    }

    private void answered(String line) {
        int at = line.indexOf("kombel-control ");
        if (at < 0) {
            return;
        }
        String rest = line.substring(at + "kombel-control ".length());
        boolean done = rest.startsWith("done ");
        String tail = rest.substring(rest.indexOf(' ') + 1);
        for (var pending : pendingControl.entrySet()) {
            String command = pending.getKey();
            if (done && tail.equals(command)) {
                pendingControl.remove(command).complete(line);
                return;
            }
            if (!done && tail.startsWith(command + ": ")) {
                pendingControl.remove(command).completeExceptionally(new IllegalStateException(tail));
                return;
            }
        }
    }

    /**
     * Thread dumps of the launcher and every app JVM ({@code jcmd <pid> Thread.print}) into
     * {@code <data folder>/diagnostics}, to explain a request that hangs; returns the folder.
     */
    Path threadDumps(String label) {
        Path folder = dataDir.resolve("diagnostics");
        if (launcher == null) {
            return folder;
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<ProcessHandle> jvms = new ArrayList<>();
        jvms.add(launcher.toHandle());
        launcher.descendants().forEach(jvms::add);
        try {
            Files.createDirectories(folder);
            for (ProcessHandle jvm : jvms) {
                String name = jvm.info().commandLine().orElse("").replaceAll(".*/([a-z-]+)\\.jar.*", "$1");
                Path file =
                        folder.resolve(label + "-" + (name.length() > 40 ? "jvm" : name) + "-" + jvm.pid() + ".txt");
                new ProcessBuilder(jcmd, String.valueOf(jvm.pid()), "Thread.print")
                        .redirectErrorStream(true)
                        .redirectOutput(file.toFile())
                        .start()
                        .waitFor(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return folder;
    }

    boolean alive() {
        return launcher == null || launcher.isAlive();
    }

    List<String> lastLines(int count) {
        synchronized (output) {
            return List.copyOf(output.subList(Math.max(0, output.size() - count), output.size()));
        }
    }

    /** SIGTERM to the launcher, which stops the gateway, the services, the store and the broker in order. */
    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        List<ProcessHandle> apps = launcher.descendants().toList();
        launcher.destroy();
        try {
            if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        // the launcher stops its apps; only if it could not do so in time are they ended here
        apps.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void readOutput() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                System.out.println("[platform] " + line);
                answered(line);
                // the launcher seeds demo data after "ready", then prints how to sign in
                if (line.contains("Demo data") || line.contains("Sign in")) {
                    demoDataDone.countDown();
                }
            }
        } catch (IOException ended) {
            // the launcher has gone; close() or the ready wait reports it
        } finally {
            demoDataDone.countDown();
        }
    }

    private URI url(String name) {
        return URI.create("http://localhost:" + ports.get(name));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
