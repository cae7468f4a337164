package id.kombel.test;

import org.testcontainers.mongodb.MongoDBContainer;

/** Real MongoDB as a single-node replica set, as in production. */
final class ContainerMongo implements TestMongo {

    private final MongoDBContainer container = new MongoDBContainer("mongo:8.0");

    @Override
    public void start() {
        container.start();
    }

    @Override
    public String uri(String database) {
        return container.getReplicaSetUrl(database);
    }

    @Override
    public void close() {
        container.stop();
    }
}
