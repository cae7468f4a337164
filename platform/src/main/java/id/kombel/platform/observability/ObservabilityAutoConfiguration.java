package id.kombel.platform.observability;

import id.kombel.platform.events.EventCatalog;
import id.kombel.platform.events.EventsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/** The ops series of a service that consumes events: consumer lag and consumer counters from zero. */
@AutoConfiguration(after = EventsAutoConfiguration.class)
@ConditionalOnBean({EventCatalog.class, KafkaAdmin.class})
@EnableConfigurationProperties(ObservabilityProperties.class)
public class ObservabilityAutoConfiguration {

    @Bean
    ConsumerCounters consumerCounters(MeterRegistry registry, EventCatalog catalog) {
        return new ConsumerCounters(registry, catalog.consumedTopics());
    }

    @Bean
    ConsumerLag consumerLag(
            KafkaAdmin kafkaAdmin,
            EventCatalog catalog,
            ObservabilityProperties properties,
            MeterRegistry registry,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        return new ConsumerLag(
                () -> Admin.create(kafkaAdmin.getConfigurationProperties()),
                group,
                catalog.consumedTopics(),
                properties.consumerLag(),
                registry);
    }
}
