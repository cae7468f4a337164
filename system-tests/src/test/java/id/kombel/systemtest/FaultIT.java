package id.kombel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults on the running platform. A poison message: a record that no consumer can read, put on
 * every partition of membership.community (which learning-service and discussion-service replicate),
 * must end in each consumer group's dead-letter topic while the partition keeps flowing: a community
 * proposed afterwards still reaches both replicas.
 */
@Order(3)
@ExtendWith(Suite.Resolver.class)
class FaultIT {

    private static final String CATEGORY = "faults";
    private static final String TOPIC = "membership.community";

    private final Suite suite;

    FaultIT(Suite suite) {
        this.suite = suite;
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndThePartitionKeepsFlowing() {
        String bootstrap = "localhost:" + suite.platform.kafkaPort();
        String key = "poison-" + suite.world.run();
        int partitions;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings(bootstrap))) {
            List<PartitionInfo> infos = producer.partitionsFor(TOPIC);
            partitions = infos.size();
            for (PartitionInfo partition : infos) {
                ProducerRecord<byte[], byte[]> poison = new ProducerRecord<>(
                        TOPIC,
                        partition.partition(),
                        bytes(key),
                        bytes("{\"id\": \"" + key + "\", \"status\": [unclosed"));
                header(poison, "ce_specversion", "1.0");
                header(poison, "ce_id", UUID.randomUUID().toString());
                header(poison, "ce_source", "/system-tests");
                header(poison, "ce_type", "CommunityVerified");
                header(poison, "ce_subject", key);
                header(poison, "ce_time", Instant.now().toString());
                header(poison, "ce_aggregateversion", "1");
                header(poison, "content-type", "application/json");
                producer.send(poison).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send the poison messages", e);
        }
        suite.findings.count("faults: poison messages sent (one per partition of " + TOPIC + ")", partitions);

        // a community proposed after the poison: its event travels the same partitions
        String community = suite.world
                .call(suite.platform.membership(), "POST", "/api/v1/communities", "fuzzer", """
                        {"regionId":"%s","type":"ONLINE","name":"Kombel sesudah racun %s","levels":["SMP"],
                         "joinPolicy":"OPEN","meeting":{"frequency":"MONTHLY","dayOfWeek":"MONDAY","time":"16:00"}}""".formatted(
                                suite.world.id("RF"), suite.world.run()))
                .json()
                .path("id")
                .asString();
        for (var service : Map.of("learning", suite.platform.learning(), "discussion", suite.platform.discussion())
                .entrySet()) {
            String path = "/api/v1/communities/" + community
                    + ("learning".equals(service.getKey()) ? "/activities" : "/problems");
            suite.findings.probe(
                    CATEGORY,
                    "a community proposed after the poison reaches " + service.getKey(),
                    () -> Awaitility.await()
                            .atMost(Duration.ofSeconds(90))
                            .pollInterval(Duration.ofSeconds(1))
                            .until(() -> suite.world
                                            .call(service.getValue(), "GET", path, "fuzzer", null)
                                            .status()
                                    == 200));
        }

        Set<String> deadLettered = new HashSet<>();
        suite.findings.probe(CATEGORY, "every consumer group dead-letters every poison message", () -> {
            List<String> dlts = deadLetterTopics(bootstrap);
            assertThat(dlts).as("dead-letter topics of " + TOPIC).isNotEmpty();
            Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                for (String dlt : dlts) {
                    long found = poisonIn(bootstrap, dlt, key);
                    if (found >= partitions) {
                        deadLettered.add(dlt);
                    }
                }
                assertThat(deadLettered)
                        .as("dead-letter topics holding all %d poison messages", partitions)
                        .containsExactlyInAnyOrderElementsOf(dlts);
            });
        });
        suite.findings.count("faults: dead-letter topics that received every poison message", deadLettered.size());
        assertThat(suite.findings.failures(CATEGORY))
                .as(CATEGORY + suite.findings.describe(CATEGORY))
                .isEmpty();
    }

    private static List<String> deadLetterTopics(String bootstrap) {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(settings)) {
            List<String> dlts = new ArrayList<>();
            for (String topic : admin.listTopics().names().get()) {
                if (topic.startsWith(TOPIC + ".") && topic.endsWith(".dlt")) {
                    dlts.add(topic);
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

    private static long poisonIn(String bootstrap, String topic, String key) {
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

    private static Properties producerSettings(String bootstrap) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        return settings;
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().add(name, bytes(value));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
