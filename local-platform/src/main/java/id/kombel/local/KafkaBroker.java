package id.kombel.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running in this JVM, with
 * its log on disk so topics, records and committed offsets survive a restart.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER = "CONTROLLER";

    private final Path dir;
    private final int port;
    private KafkaRaftServer server;

    public KafkaBroker(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Formats the storage on first use, then returns once the broker accepts clients. */
    public void start() throws Exception {
        // With a static voter set the controller's address is read from configuration, never from
        // the log, so it can move between runs and need not be one more port users must keep free.
        KafkaConfig config = new KafkaConfig(properties(PortCheck.anyFreePort()));
        format(config);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup(); // blocks until the broker is caught up with the metadata and unfenced
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    private Map<String, String> properties(int controllerPort) {
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("controller.listener.names", CONTROLLER);
        props.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.resolve("logs").toString());
        // One broker: every internal topic must make do with one replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        // Fewer internal partitions: less to create on first start and fewer files to open.
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.num.partitions", "1");
        // Services declare their own topics; a typo must fail, not create a stray topic.
        props.put("auto.create.topics.enable", "false");
        // No three-second wait before the first consumer group forms.
        props.put("group.initial.rebalance.delay.ms", "0");
        // The 128 MB default would be most of this JVM's heap.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        return props;
    }

    private void format(KafkaConfig config) throws Exception {
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(clusterId())
                .setControllerListenerName(CONTROLLER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .setIgnoreFormatted(true); // a second run keeps the data of the first
        config.logDirs().forEach(formatter::addDirectory);
        formatter.run();
    }

    /** The cluster id is kept beside the log: formatting again with a new one would be refused. */
    private String clusterId() throws IOException {
        Path file = dir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Files.createDirectories(dir);
        String clusterId = Uuid.randomUuid().toString();
        Files.writeString(file, clusterId, StandardCharsets.UTF_8);
        return clusterId;
    }
}
