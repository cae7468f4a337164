package id.kombel.test;

/** A MongoDB (or MongoDB-compatible store) for tests. */
public interface TestMongo extends AutoCloseable {

    void start();

    /** Connection string for the given database. */
    String uri(String database);

    @Override
    void close();
}
