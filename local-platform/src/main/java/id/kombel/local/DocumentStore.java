package id.kombel.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The in-process MongoDB-compatible store (mongo-java-server) over one H2 MVStore file, because no
 * MongoDB server or Docker engine is available on the machines this must run on.
 */
final class DocumentStore implements AutoCloseable {

    private final Path dir;
    private final int port;
    private MongoServer server;

    DocumentStore(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    void start() throws IOException {
        Files.createDirectories(dir);
        server = new MongoServer(new H2Backend(dir.resolve("kombel.mv").toString()));
        server.bind("localhost", port);
    }

    String connectionString() {
        return "mongodb://localhost:" + port;
    }

    /** Closing the backend commits what H2 has not written yet (it commits about once a second). */
    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }
}
