package id.kombel.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where the platform runs: every port and the data folder, each overridable from the environment
 * so a developer whose machine already uses 8080 or 9092 can still start it.
 */
record Settings(
        Path root,
        Path dataDir,
        PortSetting kafka,
        PortSetting mongo,
        PortSetting membership,
        PortSetting learning,
        PortSetting discussion,
        PortSetting gateway,
        Duration readyTimeout) {

    /** How long each app may take to become ready; a loaded or slow machine may need more. */
    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);

    static Settings fromEnvironment(Map<String, String> env, Path root) {
        String dataDir = env.getOrDefault("KOMBEL_DATA_DIR", "");
        return new Settings(
                root,
                dataDir.isBlank()
                        ? root.resolve(".kombel")
                        : Path.of(dataDir).toAbsolutePath().normalize(),
                port(env, "kafka", "KOMBEL_KAFKA_PORT", 9092),
                port(env, "mongo store", "KOMBEL_MONGO_PORT", 27017),
                port(env, "membership", "KOMBEL_MEMBERSHIP_PORT", 8081),
                port(env, "learning", "KOMBEL_LEARNING_PORT", 8082),
                port(env, "discussion", "KOMBEL_DISCUSSION_PORT", 8083),
                port(env, "gateway", "KOMBEL_GATEWAY_PORT", 8080),
                readyTimeout(env));
    }

    List<PortSetting> ports() {
        return List.of(kafka, mongo, membership, learning, discussion, gateway);
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }

    private static Duration readyTimeout(Map<String, String> env) {
        String value = env.getOrDefault("KOMBEL_READY_TIMEOUT", "").trim();
        if (value.isEmpty()) {
            return DEFAULT_READY_TIMEOUT;
        }
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 10 && seconds <= 3600) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the variable's name
        }
        throw new IllegalArgumentException(
                "KOMBEL_READY_TIMEOUT must be a number of seconds from 10 to 3600, not '" + value + "'");
    }

    private static PortSetting port(Map<String, String> env, String component, String variable, int fallback) {
        String value = env.getOrDefault(variable, "").trim();
        if (value.isEmpty()) {
            return new PortSetting(component, variable, fallback);
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return new PortSetting(component, variable, port);
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the variable's name, which is what the user needs to fix
        }
        throw new IllegalArgumentException(variable + " must be a port number from 1 to 65535, not '" + value + "'");
    }
}
