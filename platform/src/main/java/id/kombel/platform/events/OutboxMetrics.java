package id.kombel.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the relay did, for ops: events published, publish attempts Kafka refused, and the backlog
 * (aggregates waiting and the age of the oldest waiting event), refreshed by every sweep.
 */
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final Counter failed;
    private final AtomicLong pendingAggregates = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();

    public OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("kombel.outbox.pending", pendingAggregates, AtomicLong::get)
                .description("Aggregates with events recorded but not yet published")
                .register(registry);
        Gauge.builder("kombel.outbox.oldest.age", oldestPendingMillis, millis -> millis.get() / 1000.0)
                .baseUnit("seconds")
                .description("How long the oldest unpublished event has waited")
                .register(registry);
        this.failed = Counter.builder("kombel.outbox.publish.failures")
                .description("Publish attempts Kafka did not acknowledge; the events stay in the outbox")
                .register(registry);
    }

    /**
     * Counts a published event by its type and topic: both come from a fixed catalog, so the tags stay
     * bounded, and the counts double as business metrics (members registered, problems posted, ...).
     */
    void published(String type, String topic) {
        Counter.builder("kombel.events.published")
                .description("Domain events the outbox relay published to Kafka")
                .tag("type", type)
                .tag("topic", topic)
                .register(registry)
                .increment();
    }

    void failed() {
        failed.increment();
    }

    void backlog(long aggregates, Duration oldestWait) {
        pendingAggregates.set(aggregates);
        oldestPendingMillis.set(oldestWait.toMillis());
    }
}
