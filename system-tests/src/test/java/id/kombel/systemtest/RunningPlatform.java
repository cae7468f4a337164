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

    private static final Duration READY_LIMIT = Duration.ofMinutes(12);

    private final @Nullable Process launcher;
    private final Path dataDir;
    private final Map<String, Integer> ports;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch demoDataDone = new CountDownLatch(1);
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
