package id.kombel.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/** The in-process MongoDB-compatible store, in memory, on a free port. */
final class EmbeddedMongo implements TestMongo {

    private MongoServer server;
    private String address;

    @Override
    public void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress bound = server.bind();
        address = "localhost:" + bound.getPort();
    }

    @Override
    public String uri(String database) {
        return "mongodb://" + address + "/" + database;
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
        }
    }
}
