package id.kombel.systemtest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Raw records on the platform's broker, as a rogue or broken producer would write them (poison
 * messages, forged events), and what the consumers' dead-letter topics ({@code <topic>.<group>.dlt})
 * hold afterwards.
 */
final class EventRecords {

    private final String bootstrap;

    EventRecords(int kafkaPort) {
        this.bootstrap = "localhost:" + kafkaPort;
    }

    /** A CloudEvents record in binary mode: the given {@code ce_*} headers (a null value leaves one out). */
    static ProducerRecord<byte[], byte[]> cloudEvent(
            String topic, Integer partition, String key, Map<String, String> headers, byte[] body) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, partition, bytes(key), body);
        headers.forEach((name, value) -> {
            if (value != null) {
                record.headers().add(name, bytes(value));
            }
        });
        return record;
    }

    /** The headers a real producer sets for an event of this type and subject. */
    static Map<String, String> headersOf(String type, String subject) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", java.util.UUID.randomUUID().toString());
        headers.put("ce_source", "/system-tests");
        headers.put("ce_type", type);
        headers.put("ce_subject", subject);
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_aggregateversion", "1");
        headers.put("content-type", "application/json");
        return headers;
    }

    KafkaProducer<byte[], byte[]> producer() {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(settings);
    }

    void send(ProducerRecord<byte[], byte[]> record) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not send to " + record.topic(), e.getCause());
        }
    }

    /** Every consumer's dead-letter topic for a topic. */
    List<String> deadLetterTopics(String topic) {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(settings)) {
            List<String> dlts = new ArrayList<>();
            for (String name : admin.listTopics().names().get()) {
                if (name.startsWith(topic + ".") && name.endsWith(".dlt")) {
                    dlts.add(name);
                }
            }
            return dlts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The dead-letter topics a record on this topic must reach if every consumer refuses it, with how
     * many copies each: every consumer group assigned the topic now dead-letters to its service's
     * topic ({@code <topic>.<service group>.dlt}; listener groups are {@code <service group>.<name>}).
     */
    Map<String, Integer> deadLettersExpected(String topic) {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(settings)) {
            List<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(org.apache.kafka.clients.admin.ConsumerGroupListing::groupId)
                    .toList();
            Map<String, Integer> expected = new java.util.TreeMap<>();
            for (var group : admin.describeConsumerGroups(groups).all().get().values()) {
                boolean consumes = group.members().stream()
                        .anyMatch(member -> member.assignment().topicPartitions().stream()
                                .anyMatch(partition -> partition.topic().equals(topic)));
                if (consumes) {
                    String id = group.groupId();
                    String service = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
                    expected.merge(topic + "." + service + ".dlt", 1, Integer::sum);
                }
            }
            return expected;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many records with this key a topic holds, read from the beginning. */
    long withKey(String topic, String key) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long found = 0;
            Instant deadline = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(deadline)
                    && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        found++;
                    }
                }
            }
            return found;
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
