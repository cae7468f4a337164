package id.kombel.platform.events;

import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.privacy.PrivacyConfiguration;
import id.kombel.platform.privacy.PrivacyTopics;
import id.kombel.platform.privacy.TombstoneFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/** Wires the event backbone into every service that has Kafka and MongoDB. */
@AutoConfiguration(
        after = {KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class},
        beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAnnotationDrivenConfiguration")
@EnableConfigurationProperties(EventsProperties.class)
@Import(PrivacyConfiguration.class)
public class EventsAutoConfiguration {

    /** The platform's own events, aggregates and listeners, found besides the service's. */
    private static final String PLATFORM_PRIVACY = "id.kombel.platform.privacy";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCatalog eventCatalog(BeanFactory beanFactory, Environment environment) {
        List<String> packages = new ArrayList<>(AutoConfigurationPackages.get(beanFactory));
        packages.add(PLATFORM_PRIVACY);
        return EventCatalog.scan(
                packages, beanFactory.getClass().getClassLoader(), environment::resolveRequiredPlaceholders);
    }

    @Bean
    @SuppressWarnings("unchecked")
    KafkaTemplate<String, byte[]> eventKafkaTemplate(ProducerFactory<?, ?> producerFactory) {
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>((ProducerFactory<String, byte[]>) producerFactory);
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new EventTracing(tracer.getIfUnique(), propagator.getIfUnique());
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry) {
        return new OutboxMetrics(registry);
    }

    @Bean
    ConsumerMetrics consumerMetrics(MeterRegistry registry, EventCatalog catalog) {
        return new ConsumerMetrics(registry, catalog.consumedTopics());
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, byte[]> eventKafkaTemplate,
            EventCatalog catalog,
            EventsProperties properties,
            KafkaAdmin kafkaAdmin,
            OutboxMetrics metrics,
            Clock clock,
            EventTracing tracing,
            @Value("${spring.application.name}") String application) {
        List<String> collections = catalog.aggregateClasses().stream()
                .map(mongo::getCollectionName)
                .sorted()
                .toList();
        collections.forEach(collection -> mongo.indexOps(collection)
                .createIndex(new Index("outbox.0.time", org.springframework.data.domain.Sort.Direction.ASC)
                        .named("outbox_pending")
                        .sparse()));
        return new OutboxRelay(
                mongo,
                eventKafkaTemplate,
                () -> collections,
                properties.relay(),
                "/kombel/" + application,
                clock,
                kafkaAdmin::initialize,
                metrics,
                tracing);
    }

    @Bean
    AggregateStore aggregateStore(
            MongoTemplate mongo,
            EventCatalog catalog,
            JsonMapper jsonMapper,
            OutboxRelay relay,
            Clock clock,
            EventTracing tracing) {
        return new AggregateStore(mongo, catalog, jsonMapper, relay, clock, tracing);
    }

    @Bean
    ReplicaWriter replicaWriter(MongoTemplate mongo, ErasedMembers erasedMembers) {
        return new ReplicaWriter(mongo, erasedMembers);
    }

    @Bean
    EventMessageConverter eventMessageConverter(EventCatalog catalog, JsonMapper jsonMapper) {
        return new EventMessageConverter(catalog, jsonMapper);
    }

    @Bean
    IdempotentConsumerInterceptor idempotentConsumerInterceptor(
            MongoTemplate mongo,
            EventCatalog catalog,
            Clock clock,
            ConsumerMetrics metrics,
            TombstoneFilter tombstones) {
        return new IdempotentConsumerInterceptor(mongo, catalog, clock, metrics, tombstones);
    }

    @Bean
    TopicReplay topicReplay(
            KafkaListenerEndpointRegistry listeners,
            KafkaAdmin kafkaAdmin,
            MongoTemplate mongo,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        return new TopicReplay(listeners, kafkaAdmin, mongo, group);
    }

    @Bean
    ReplayEndpoint replayEndpoint(TopicReplay topicReplay) {
        return new ReplayEndpoint(topicReplay);
    }

    /** Bounded retries in place, then the record goes to the consumer's dead-letter topic. */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(
            KafkaTemplate<String, byte[]> eventKafkaTemplate,
            EventsProperties properties,
            ConsumerMetrics metrics,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        DeadLetterPublishingRecoverer recoverer =
                new DeadLetterPublishingRecoverer(eventKafkaTemplate, (record, failure) -> {
                    metrics.deadLettered(record.topic());
                    return new TopicPartition(DeadLetterTopics.of(record.topic(), group), -1);
                });
        EventsProperties.Consumer consumer = properties.consumer();
        DefaultErrorHandler handler = new DefaultErrorHandler(
                recoverer, new FixedBackOff(consumer.retryInterval().toMillis(), consumer.maxAttempts() - 1L));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    /**
     * A privacy topic takes large records wherever it is created first: by its producer, or by
     * membership-service, which consumes every service's answers.
     */
    private static java.util.Map<String, String> topicConfig(EventCatalog catalog, String topic) {
        java.util.Map<String, String> config = new java.util.TreeMap<>(catalog.topicConfig(topic));
        if (PrivacyTopics.isPrivacyTopic(topic)) {
            String[] large = PrivacyTopics.LARGE_MESSAGES.split("=", 2);
            config.putIfAbsent(large[0], large[1]);
        }
        return config;
    }

    /**
     * The topics this service publishes to and consumes, and a dead-letter topic for each topic it
     * consumes. A consumed topic is created here too: a consumer that subscribes before the producing
     * service first started would otherwise see no topic until its next metadata refresh (up to
     * {@code metadata.max.age.ms}, 5 minutes), and every service declares the same partition count.
     */
    @Bean
    KafkaAdmin.NewTopics eventTopics(
            EventCatalog catalog,
            EventsProperties properties,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        List<NewTopic> topics = new ArrayList<>();
        Set<String> eventTopics = new TreeSet<>(catalog.producedTopics());
        eventTopics.addAll(catalog.consumedTopics());
        for (String topic : eventTopics) {
            topics.add(TopicBuilder.name(topic)
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .configs(topicConfig(catalog, topic))
                    .build());
        }
        for (String topic : catalog.consumedTopics()) {
            topics.add(TopicBuilder.name(DeadLetterTopics.of(topic, group))
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
