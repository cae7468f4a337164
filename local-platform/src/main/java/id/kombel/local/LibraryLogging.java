package id.kombel.local;

import java.nio.file.Path;

/**
 * Sends the broker's and the store's own logging (slf4j-simple) to a file and keeps only warnings,
 * so the console shows the launcher's progress lines and not Kafka's hundreds of start-up lines.
 * Must run before the first logger is created; a {@code -D} on the command line still wins.
 */
final class LibraryLogging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private LibraryLogging() {}

    static void writeTo(Path logFile) {
        setDefault("logFile", logFile.toString());
        setDefault("defaultLogLevel", "warn");
        setDefault("showDateTime", "true");
        setDefault("dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        // Log4j 2 is on the class path only for Kafka's dynamic log-level API; keep it quiet too.
        if (System.getProperty("log4j2.level") == null) {
            System.setProperty("log4j2.level", "WARN");
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
