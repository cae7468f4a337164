package id.kombel.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.platform.events.AggregateStore;
import id.kombel.test.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** The consumer group's lag per topic, from committed offsets, for ops dashboards and alerts. */
@IntegrationTest
class ConsumerLagTest {

    @Autowired
    AggregateStore store;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry registry;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Test
    void reportsTheRecordsAStoppedConsumerHasNotCommittedUntilItCatchesUp() {
        await("nothing waiting before the test").until(() -> lag() == 0.0);
        listeners.stop();
        try {
            store.insert(Note.write("lagging-" + UUID.randomUUID(), "one"));
            store.insert(Note.write("lagging-" + UUID.randomUUID(), "two"));
            store.insert(Note.write("lagging-" + UUID.randomUUID(), "three"));

            await("lag of the stopped consumer").until(() -> lag() == 3.0);
        } finally {
            listeners.start();
        }
        await("lag once the consumer caught up").until(() -> lag() == 0.0);
    }

    @Test
    void tagsTheLagWithItsGroupAndTopicOnlySoTheSeriesStayBounded() {
        // one series per consumed topic: the notes, and the privacy requests every service reads
        assertThat(registry.get("kombel.consumer.lag").gauges()).hasSize(2);
        assertThat(registry.get("kombel.consumer.lag").tag("topic", Note.TOPIC).gauges())
                .singleElement()
                .satisfies(gauge -> {
                    assertThat(gauge.getId().getTags())
                            .extracting(tag -> tag.getKey())
                            .containsExactly("application", "group", "instance", "topic");
                    assertThat(gauge.getId().getTag("group")).isEqualTo(group);
                    assertThat(gauge.getId().getTag("topic")).isEqualTo(Note.TOPIC);
                });
    }

    private double lag() {
        return registry.get("kombel.consumer.lag")
                .tag("group", group)
                .tag("topic", Note.TOPIC)
                .gauge()
                .value();
    }
}
