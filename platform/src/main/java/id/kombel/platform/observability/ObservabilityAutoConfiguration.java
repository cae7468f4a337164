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

/** The consumer lag of a service that consumes events, per group and topic. */
@AutoConfiguration(after = EventsAutoConfiguration.class)
@ConditionalOnBean({EventCatalog.class, KafkaAdmin.class})
@EnableConfigurationProperties(ObservabilityProperties.class)
public class ObservabilityAutoConfiguration {

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
