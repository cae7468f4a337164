package id.kombel.test;

import id.kombel.local.KafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The same single-node KRaft broker the local platform runs, in this JVM, on a free port with its log
 * in a temporary folder; stopping and restarting it keeps port and data, like a real broker outage.
 */
final class EmbeddedKafka implements TestKafka {

    private final Path dir;
    private final int port;
    private KafkaBroker broker;
    private boolean stopped;

    EmbeddedKafka() {
        try {
            this.dir = Files.createTempDirectory("kombel-test-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = freePort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void start() {
        broker = new KafkaBroker(dir, port);
        try {
            broker.start();
        } catch (Exception e) {
            throw new IllegalStateException("test Kafka broker did not start", e);
        }
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public synchronized void stop() {
        broker.close();
        stopped = true;
    }

    @Override
    public synchronized void restart() {
        start();
        stopped = false;
    }

    @Override
    public synchronized void restartIfStopped() {
        if (stopped) {
            restart();
        }
    }

    @Override
    public void close() {
        broker.close();
    }
}
