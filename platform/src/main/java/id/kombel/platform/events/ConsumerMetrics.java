package id.kombel.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Events processed and duplicates or stale versions skipped, per topic (a bounded tag). */
public class ConsumerMetrics {

    private final MeterRegistry registry;

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void processed(String topic) {
        Counter.builder("kombel.events.processed")
                .description("Events whose handler succeeded")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }

    void skipped(String topic) {
        Counter.builder("kombel.events.skipped")
                .description("Redelivered or stale events dropped before their handler")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }

    void deadLettered(String topic) {
        Counter.builder("kombel.events.dead.lettered")
                .description("Events sent to a dead-letter topic after bounded retries")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }
}
