package id.kombel.test;

import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The Kafka and MongoDB every test in this JVM shares, started on first use and stopped when the JVM
 * exits. Containers where Docker is available, in-process otherwise.
 */
public final class Infrastructure {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);
    private static final String SETTING = "kombel.test.infrastructure";

    private static TestKafka kafka;
    private static TestMongo mongo;

    static {
        // Integration tests wait on real brokers and consumers, on machines that may be busy: a
        // generous ceiling, polled often, keeps them fast when things work and stable when slow.
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(100));
    }

    private Infrastructure() {}

    public static synchronized TestKafka kafka() {
        if (kafka == null) {
            kafka = useContainers() ? new ContainerKafka() : new EmbeddedKafka();
            kafka.start();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "test-kafka-stop"));
        }
        return kafka;
    }

    public static synchronized TestMongo mongo() {
        if (mongo == null) {
            mongo = useContainers() ? new ContainerMongo() : new EmbeddedMongo();
            mongo.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "test-mongo-stop"));
        }
        return mongo;
    }

    /** True when the tests run against containers (Docker available, or asked for explicitly). */
    public static boolean useContainers() {
        String setting = System.getProperty(SETTING, System.getenv().getOrDefault("KOMBEL_TEST_INFRASTRUCTURE", "auto"))
                .toLowerCase(Locale.ROOT);
        return switch (setting) {
            case "containers" -> true;
            case "embedded" -> false;
            case "auto" -> dockerAvailable();
            default ->
                throw new IllegalArgumentException(SETTING + " must be auto, containers or embedded, not " + setting);
        };
    }

    private static boolean dockerAvailable() {
        try {
            boolean available = DockerClientFactory.instance().isDockerAvailable();
            log.info(
                    "Docker {}: tests use {}",
                    available ? "found" : "not found",
                    available ? "containers" : "the in-process broker and store");
            return available;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
