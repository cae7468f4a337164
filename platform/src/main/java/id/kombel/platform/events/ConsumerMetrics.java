package id.kombel.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;

/**
 * Events processed, duplicates or stale versions skipped, and dead letters, per topic (a bounded
 * tag). The counters of every consumed topic are registered at zero on start: a counter created on
 * its first count would appear already at 1, and {@code increase()} in an alert or a dashboard
 * cannot see an increase from a value it never saw.
 */
public class ConsumerMetrics {

    private static final String PROCESSED = "kombel.events.processed";
    private static final String SKIPPED = "kombel.events.skipped";
    private static final String DEAD_LETTERED = "kombel.events.dead.lettered";

    private final MeterRegistry registry;

    public ConsumerMetrics(MeterRegistry registry, Collection<String> consumedTopics) {
        this.registry = registry;
        for (String topic : consumedTopics) {
            processedCounter(topic);
            skippedCounter(topic);
            deadLetteredCounter(topic);
        }
    }

    void processed(String topic) {
        processedCounter(topic).increment();
    }

    void skipped(String topic) {
        skippedCounter(topic).increment();
    }

    void deadLettered(String topic) {
        deadLetteredCounter(topic).increment();
    }

    private Counter processedCounter(String topic) {
        return counter(PROCESSED, "Events whose handler succeeded", topic);
    }

    private Counter skippedCounter(String topic) {
        return counter(SKIPPED, "Redelivered or stale events dropped before their handler", topic);
    }

    private Counter deadLetteredCounter(String topic) {
        return counter(DEAD_LETTERED, "Events sent to a dead-letter topic after bounded retries", topic);
    }

    private Counter counter(String name, String description, String topic) {
        return Counter.builder(name)
                .description(description)
                .tag("topic", topic)
                .register(registry);
    }
}
