package id.kombel.local;

import java.io.PrintStream;
import java.util.Locale;

/** The console lines a developer watches while the platform starts and stops: one per step. */
final class Progress {

    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    void step(String component, String message) {
        out.printf("  %-12s %s%n", component, message);
    }

    void line(String message) {
        out.println(message);
    }

    /** Measures one step; {@code toString()} reads "2.1 s". */
    static Stopwatch stopwatch() {
        return new Stopwatch(System.nanoTime());
    }

    record Stopwatch(long startNanos) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
        }
    }
}
