package id.kombel.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What the relay did, for ops: events published and publish attempts that Kafka refused. */
public class OutboxMetrics {

    private final Counter published;
    private final Counter failed;

    public OutboxMetrics(MeterRegistry registry) {
        this.published = Counter.builder("kombel.outbox.published")
                .description("Events the outbox relay published to Kafka")
                .register(registry);
        this.failed = Counter.builder("kombel.outbox.publish.failures")
                .description("Publish attempts Kafka did not acknowledge; the events stay in the outbox")
                .register(registry);
    }

    void published(int events) {
        published.increment(events);
    }

    void failed() {
        failed.increment();
    }
}
