package id.kombel.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What a process really costs in RAM (resident set), which -Xmx alone does not tell. */
final class ResidentMemory {

    private ResidentMemory() {}

    /** Megabytes resident, from /proc on Linux; empty where /proc does not exist (macOS). */
    static Optional<Long> megabytes(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try (var lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024);
        } catch (IOException | RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    static String describe(long pid) {
        return megabytes(pid).map(mb -> mb + " MB").orElse("n/a");
    }
}
