package id.kombel.test;

/** A Kafka broker for tests that can be taken away and brought back, to test outages. */
public interface TestKafka extends AutoCloseable {

    void start();

    String bootstrapServers();

    /** Makes the broker unreachable, keeping its data. */
    void stop();

    /** Brings a stopped broker back on the same address with the same data. */
    void restart();

    /** For clean-up after outage tests: brings the broker back unless it is running. */
    void restartIfStopped();

    @Override
    void close();
}
