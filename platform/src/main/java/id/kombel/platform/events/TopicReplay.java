package id.kombel.platform.events;

import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Replays a consumed topic from its beginning for this service's consumer group, to rebuild the
 * replicas built from it: the listeners of that topic and of the group stop (the group leaves), the group's inbox
 * entries for the topic are forgotten, its offsets go back to the earliest, and the listeners start
 * again. Drop the replica collections first to rebuild them from scratch; without that the replay
 * only fills gaps, as handlers ignore versions they already hold.
 */
public class TopicReplay {

    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaAdmin kafkaAdmin;
    private final MongoTemplate mongo;
    private final String group;

    public TopicReplay(
            KafkaListenerEndpointRegistry listeners, KafkaAdmin kafkaAdmin, MongoTemplate mongo, String group) {
        this.listeners = listeners;
        this.kafkaAdmin = kafkaAdmin;
        this.mongo = mongo;
        this.group = group;
    }

    public boolean consumes(String topic) {
        return !containersOf(topic).isEmpty();
    }

    /**
     * @return the number of partitions rewound
     * @throws IllegalArgumentException when this service does not consume the topic
     */
    public int replay(String topic) {
        if (containersOf(topic).isEmpty()) {
            throw new IllegalArgumentException("this service does not consume " + topic);
        }
        // Kafka rewinds a group's offsets only while the group has no members: every listener of the
        // group stops, not just the topic's (a service's group usually reads several topics)
        List<MessageListenerContainer> containers = listeners.getListenerContainers().stream()
                .filter(container -> consumes(container, topic) || group.equals(container.getGroupId()))
                .toList();
        containers.forEach(MessageListenerContainer::stop);
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            long forgotten = mongo.getCollection(IdempotentConsumerInterceptor.INBOX)
                    .deleteMany(Filters.regex("_id", "^" + Pattern.quote(group + "|" + topic + "|")))
                    .getDeletedCount();
            int partitions = rewind(admin, topic);
            log.info(
                    "replaying {} for {}: {} partitions rewound, {} inbox entries forgotten",
                    topic,
                    group,
                    partitions,
                    forgotten);
            return partitions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay of " + topic + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("replay of " + topic + " failed", e);
        } finally {
            containers.forEach(MessageListenerContainer::start);
        }
    }

    private int rewind(Admin admin, String topic) throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = admin
                .describeTopics(List.of(topic))
                .allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(topic)
                .partitions()
                .stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        Map<TopicPartition, OffsetSpec> earliest =
                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()));
        Map<TopicPartition, OffsetAndMetadata> offsets =
                admin.listOffsets(earliest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                e -> new OffsetAndMetadata(e.getValue().offset())));
        admin.alterConsumerGroupOffsets(group, offsets).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return partitions.size();
    }

    private List<MessageListenerContainer> containersOf(String topic) {
        return listeners.getListenerContainers().stream()
                .filter(container -> consumes(container, topic))
                .toList();
    }

    private static boolean consumes(MessageListenerContainer container, String topic) {
        String[] topics = container.getContainerProperties().getTopics();
        return topics != null && Arrays.asList(topics).contains(topic);
    }
}
