package id.kombel.local.agent;

import java.time.Duration;
import java.util.Optional;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ties an app JVM's life to the launcher that started it.
 *
 * <p>It ends the app when the launcher is gone, even after {@code kill -9}, so no orphan JVM keeps
 * holding a port. It also makes the app ignore SIGINT: Ctrl-C in a terminal reaches every process
 * of the foreground group at once, and the apps must stop in the order the launcher chooses (it
 * sends SIGTERM), not all together while Kafka and the store are going away.
 */
public final class ParentWatch {

    private static final Duration POLL = Duration.ofSeconds(1);
    /**
     * Short: with the launcher gone, the broker and the store the app would flush to are gone too,
     * so a graceful shutdown has nothing left to save and would only wait on dead connections.
     */
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(5);

    private ParentWatch() {}

    /** Agent entry point; the argument is the launcher's process id. */
    public static void premain(String launcherPid) {
        Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(launcherPid.trim()));
        Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        daemon("kombel-parent-watch", () -> watch(launcher));
    }

    private static void watch(Optional<ProcessHandle> launcher) {
        try {
            // isAlive() also compares start times, so a reused process id does not fool it
            while (launcher.isPresent() && launcher.get().isAlive()) {
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        System.err.println("kombel: the launcher is gone, stopping this app");
        daemon("kombel-exit-limit", ParentWatch::haltAfterLimit);
        System.exit(0);
    }

    private static void haltAfterLimit() {
        try {
            Thread.sleep(EXIT_LIMIT.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(1);
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
