package id.kombel.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a fault-injection harness (the system tests' faults suite) break the running platform on
 * purpose: {@code kill} an app with SIGKILL, {@code stop} it with SIGTERM, {@code start} it again,
 * {@code stop kafka} and {@code start kafka}. Commands are lines on the launcher's standard input;
 * each is answered by one line, {@code kombel-control done <command>} or {@code kombel-control failed
 * <command>: <why>}, once it has taken effect ({@code start} answers when the app is ready again).
 *
 * <p>Off unless {@code KOMBEL_CONTROL=stdin}: {@code ./kombel} never sets it, so a developer's
 * terminal input never reaches it, and nothing listens on a port. Only the harness that started the
 * launcher holds its standard input.
 */
final class ControlChannel {

    static final String SETTING = "KOMBEL_CONTROL";
    static final String REPLY = "kombel-control";

    private final Map<String, AppProcess> apps;
    private final KafkaBroker broker;
    private final Duration readyTimeout;
    private final Duration stopGrace;
    private final Progress progress;
    private boolean kafkaRunning = true;

    ControlChannel(
            List<AppProcess> apps, KafkaBroker broker, Duration readyTimeout, Duration stopGrace, Progress progress) {
        this.apps = apps.stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        app -> app.app().name(), app -> app));
        this.broker = broker;
        this.readyTimeout = readyTimeout;
        this.stopGrace = stopGrace;
        this.progress = progress;
    }

    /** Whether the environment asks for the channel; any value but {@code stdin} is refused. */
    static boolean enabled(Map<String, String> env) {
        String value = env.getOrDefault(SETTING, "").trim();
        if (value.isEmpty()) {
            return false;
        }
        if (!value.equals("stdin")) {
            throw new IllegalArgumentException(SETTING + " may only be 'stdin' (or unset), not '" + value + "'");
        }
        return true;
    }

    /** Reads commands until the input ends; each runs on its own thread, so a slow start blocks no kill. */
    void listen(InputStream input) {
        Thread reader = new Thread(() -> read(input), "kombel-control");
        reader.setDaemon(true);
        reader.start();
        progress.step("control", "reading fault commands from standard input (" + SETTING + "=stdin)");
    }

    private void read(InputStream input) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String command = line.trim().replaceAll("\\s+", " ");
                if (!command.isEmpty()) {
                    Thread worker = new Thread(() -> run(command), "kombel-control-" + command.replace(' ', '-'));
                    worker.setDaemon(true);
                    worker.start();
                }
            }
        } catch (IOException ended) {
            // the harness closed its end; nothing more will come
        }
    }

    void run(String command) {
        try {
            execute(command);
            progress.line(REPLY + " done " + command);
        } catch (StartupException failed) {
            progress.line(REPLY + " failed " + command + ": " + failed.getMessage());
        } catch (Exception failed) {
            progress.line(REPLY + " failed " + command + ": " + failed);
        }
    }

    /** One at a time: a second broker on the same port and log would be refused, or worse. */
    private synchronized void kafka(String verb) throws Exception {
        switch (verb) {
            case "stop" -> {
                broker.close();
                kafkaRunning = false;
            }
            case "start" -> {
                if (kafkaRunning) {
                    throw new IllegalStateException("kafka is running");
                }
                broker.start();
                kafkaRunning = true;
            }
            default -> throw new IllegalArgumentException("kafka can be stopped and started, not " + verb);
        }
    }

    private void execute(String command) throws Exception {
        String[] words = command.split(" ");
        if (words.length != 2) {
            throw new IllegalArgumentException("expected '<kill|stop|start> <app|kafka>'");
        }
        String verb = words[0];
        String target = words[1];
        if (target.equals("kafka")) {
            kafka(verb);
            return;
        }
        AppProcess app = Optional.ofNullable(apps.get(target))
                .orElseThrow(() -> new IllegalArgumentException("no app " + target + "; known: " + apps.keySet()));
        switch (verb) {
            case "kill" -> app.kill();
            case "stop" -> app.stop(stopGrace);
            case "start" -> {
                if (app.isAlive()) {
                    throw new IllegalStateException(target + " is running");
                }
                app.start();
                app.awaitReady(readyTimeout);
            }
            default -> throw new IllegalArgumentException("unknown command " + verb);
        }
    }
}
