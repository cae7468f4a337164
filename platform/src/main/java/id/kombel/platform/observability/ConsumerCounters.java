package id.kombel.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;

/**
 * Registers the consumer counters of every consumed topic at zero when the service starts.
 *
 * <p>The event backbone creates a counter when it first counts, so the first dead letter of a process
 * would appear as a new series already at 1, and {@code increase()} in an alert or a dashboard cannot
 * see an increase from a value it never saw. Registered up front, the series start at 0. The names and
 * the tag are the backbone's ({@code ConsumerMetrics}); Micrometer hands both registrations the same
 * counter.
 */
public class ConsumerCounters {

    static final String PROCESSED = "kombel.events.processed";
    static final String SKIPPED = "kombel.events.skipped";
    static final String DEAD_LETTERED = "kombel.events.dead.lettered";

    public ConsumerCounters(MeterRegistry registry, Collection<String> consumedTopics) {
        for (String topic : consumedTopics) {
            counter(registry, PROCESSED, "Events whose handler succeeded", topic);
            counter(registry, SKIPPED, "Redelivered or stale events dropped before their handler", topic);
            counter(registry, DEAD_LETTERED, "Events sent to a dead-letter topic after bounded retries", topic);
        }
    }

    private static void counter(MeterRegistry registry, String name, String description, String topic) {
        Counter.builder(name).description(description).tag("topic", topic).register(registry);
    }
}
