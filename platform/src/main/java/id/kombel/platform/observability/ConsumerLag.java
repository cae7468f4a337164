package id.kombel.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes {@code kombel.consumer.lag{group,topic}}: the records on a consumed topic that this
 * service's consumer group has not committed yet, summed over the topic's partitions.
 *
 * <p>The Kafka client's own {@code records-lag-max} is per client and only known while the consumer
 * fetches; this is computed from the group's committed offsets against the partitions' end offsets, so
 * it keeps growing when a consumer is stuck, stopped or gone. A partition the group never committed
 * counts from its earliest offset, where the group starts ({@code auto-offset-reset=earliest}). Tags
 * stay bounded: one group per service, topics from the service's event catalog. When the broker cannot
 * be asked, the gauges read NaN (unknown) rather than a stale number.
 */
public class ConsumerLag implements SmartLifecycle {

    static final String METRIC = "kombel.consumer.lag";

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private final Supplier<Admin> adminFactory;
    private final String group;
    private final List<String> topics;
    private final Duration interval;
    private final Duration timeout;
    private final Map<String, AtomicReference<Double>> lagByTopic = new ConcurrentHashMap<>();
    private volatile boolean failing;
    private volatile Admin admin;
    private volatile ScheduledExecutorService scheduler;

    public ConsumerLag(
            Supplier<Admin> adminFactory,
            String group,
            Collection<String> topics,
            ObservabilityProperties.ConsumerLag settings,
            MeterRegistry registry) {
        this.adminFactory = adminFactory;
        this.group = group;
        this.topics = List.copyOf(topics);
        this.interval = settings.interval();
        this.timeout = settings.timeout();
        for (String topic : this.topics) {
            AtomicReference<Double> lag = new AtomicReference<>(Double.NaN);
            lagByTopic.put(topic, lag);
            Gauge.builder(METRIC, lag, AtomicReference::get)
                    .description("Records on the topic not yet committed by the consumer group")
                    .tag("group", group)
                    .tag("topic", topic)
                    .register(registry);
        }
    }

    /** Computes the lag now; the schedule calls this every interval. */
    void refresh() {
        try {
            Map<String, Long> lag = compute();
            lagByTopic.forEach(
                    (topic, value) -> value.set(lag.getOrDefault(topic, 0L).doubleValue()));
            if (failing) {
                log.info("consumer lag of {} is known again", group);
                failing = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            lagByTopic.values().forEach(value -> value.set(Double.NaN));
            if (!failing) {
                log.warn("consumer lag of {} is unknown until Kafka answers: {}", group, e.toString());
                failing = true;
            }
        }
    }

    private Map<String, Long> compute() throws InterruptedException, ExecutionException, TimeoutException {
        Admin client = admin();
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (TopicDescription description : existing(client)) {
            description
                    .partitions()
                    .forEach(p ->
                            partitions.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> end = offsets(client, partitions);
        Map<TopicPartition, OffsetSpec> uncommitted = new HashMap<>();
        partitions.keySet().stream()
                .filter(p -> committed.get(p) == null)
                .forEach(p -> uncommitted.put(p, OffsetSpec.earliest()));
        Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(client, uncommitted);

        Map<String, Long> lag = new HashMap<>();
        for (TopicPartition partition : partitions.keySet()) {
            OffsetAndMetadata commit = committed.get(partition);
            long position =
                    commit != null ? commit.offset() : earliest.get(partition).offset();
            long behind = Math.max(0, end.get(partition).offset() - position);
            lag.merge(partition.topic(), behind, Long::sum);
        }
        return lag;
    }

    /** A consumed topic its producer has not created yet has nothing to lag behind. */
    private List<TopicDescription> existing(Admin client)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicDescription> descriptions = new ArrayList<>();
        for (KafkaFuture<TopicDescription> future :
                client.describeTopics(topics).topicNameValues().values()) {
            try {
                descriptions.add(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return descriptions;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin client, Map<TopicPartition, OffsetSpec> specs)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (specs.isEmpty()) {
            return Map.of();
        }
        return client.listOffsets(specs).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Admin admin() {
        Admin client = admin;
        if (client == null) {
            client = adminFactory.get();
            admin = client;
        }
        return client;
    }

    @Override
    public void start() {
        if (topics.isEmpty()) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kombel-consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        if (executor != null) {
            executor.shutdownNow();
            scheduler = null;
        }
        Admin client = admin;
        if (client != null) {
            client.close(Duration.ofSeconds(1));
            admin = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
