package id.kombel.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Reads a topic from its beginning and writes raw records to it, for tests that look at what a
 * service published or feed a consumer records a producer would never send (duplicates, stale
 * versions, poison).
 */
public final class KafkaProbe implements AutoCloseable {

    private final String bootstrapServers;
    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private KafkaProducer<String, byte[]> producer;

    private KafkaProbe(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
    }

    /** A probe on {@code topic} of the shared test broker; waits until the topic exists. */
    public static KafkaProbe on(String topic) {
        KafkaProbe probe = new KafkaProbe(Infrastructure.kafka().bootstrapServers(), topic);
        probe.assignFromBeginning();
        return probe;
    }

    /**
     * A probe on a topic another service owns and creates in production; here the test creates it
     * when it does not exist yet.
     */
    public static KafkaProbe onCreating(String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafka().bootstrapServers()))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create " + topic, e);
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("could not create " + topic, e);
        }
        return on(topic);
    }

    private void assignFromBeginning() {
        List<TopicPartition> partitions = new ArrayList<>();
        org.awaitility.Awaitility.await("topic " + topic + " exists")
                .atMost(Duration.ofSeconds(30))
                .until(() -> {
                    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(2));
                    partitions.clear();
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                    return !partitions.isEmpty();
                });
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every record read so far, after one more poll. */
    public List<ConsumerRecord<String, byte[]>> records() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Waits for the first record that matches. */
    public ConsumerRecord<String, byte[]> await(String description, Predicate<ConsumerRecord<String, byte[]>> match) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        org.awaitility.Awaitility.await(description)
                .atMost(Duration.ofSeconds(30))
                .until(() -> {
                    records().stream().filter(match).findFirst().ifPresent(found::add);
                    return !found.isEmpty();
                });
        return found.get(0);
    }

    /**
     * A new random key that lands on the same partition as {@code key}: a record sent with it is
     * consumed after every record sent earlier with {@code key}, so it can mark "all of those were
     * processed".
     */
    public String keyOnSamePartitionAs(String key) {
        int partitions = consumer.partitionsFor(topic).size();
        int target = partitionOf(key, partitions);
        String candidate;
        do {
            candidate = UUID.randomUUID().toString();
        } while (partitionOf(candidate, partitions) != target);
        return candidate;
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Records of this topic whose {@code ce_subject} is the given aggregate id. */
    public List<ConsumerRecord<String, byte[]>> recordsOf(String subject) {
        return records().stream()
                .filter(r -> subject.equals(header(r, "ce_subject")))
                .toList();
    }

    public void send(ProducerRecord<String, byte[]> record) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class));
        }
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("test record not sent", e);
        }
    }

    /** A CloudEvent record as the outbox relay would publish it. */
    public ProducerRecord<String, byte[]> event(String type, String id, String subject, long version, String json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(id));
        headers.add("ce_source", bytes("/kombel/test"));
        headers.add("ce_type", bytes(type));
        headers.add("ce_time", bytes("2026-01-01T00:00:00Z"));
        headers.add("ce_subject", bytes(subject));
        headers.add("ce_aggregateversion", bytes(Long.toString(version)));
        headers.add("content-type", bytes("application/json"));
        return new ProducerRecord<>(topic, null, subject, bytes(json), headers);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String body(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
        if (producer != null) {
            producer.close();
        }
    }
}
