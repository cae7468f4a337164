package id.kombel.platform.events;

import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * Replays a consumed topic from its beginning for every consumer group of this service that reads it
 * (the service's group, and listeners' groups of their own), to rebuild what was built from it: the
 * listeners of those groups stop (the groups leave), the groups' inbox entries for the topic are
 * forgotten, their offsets go back to the earliest, and the listeners start again. Drop the replica collections first to rebuild them from scratch; without that the replay
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
        // a topic may be read by listeners of several groups (the service's own group and groups of
        // their own, such as "<group>.registrations"): each of them is rewound. Kafka rewinds a group's
        // offsets only while the group has no members, so every listener of those groups stops, not
        // just the topic's (a group usually reads several topics)
        Set<String> groups = containersOf(topic).stream()
                .map(container -> groupOf(container))
                .collect(Collectors.toCollection(TreeSet::new));
        List<MessageListenerContainer> containers = listeners.getListenerContainers().stream()
                .filter(container -> consumes(container, topic) || groups.contains(groupOf(container)))
                .toList();
        containers.forEach(MessageListenerContainer::stop);
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            int partitions = 0;
            for (String replaying : groups) {
                long forgotten = mongo.getCollection(IdempotentConsumerInterceptor.INBOX)
                        .deleteMany(Filters.regex("_id", "^" + Pattern.quote(replaying + "|" + topic + "|")))
                        .getDeletedCount();
                partitions = rewind(admin, replaying, topic);
                log.info(
                        "replaying {} for {}: {} partitions rewound, {} inbox entries forgotten",
                        topic,
                        replaying,
                        partitions,
                        forgotten);
            }
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

    /** A listener's group: its own ({@code groupId} on the annotation) or the service's. */
    private String groupOf(MessageListenerContainer container) {
        String own = container.getGroupId();
        return own == null || own.isBlank() ? group : own;
    }

    private int rewind(Admin admin, String group, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
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
