package id.kombel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.PartitionInfo;
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
        EventRecords kafka = new EventRecords(suite.platform.kafkaPort());
        String key = "poison-" + suite.world.run();
        int partitions;
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer()) {
            List<PartitionInfo> infos = producer.partitionsFor(TOPIC);
            partitions = infos.size();
            for (PartitionInfo partition : infos) {
                producer.send(EventRecords.cloudEvent(
                                TOPIC,
                                partition.partition(),
                                key,
                                EventRecords.headersOf("CommunityVerified", key),
                                EventRecords.bytes("{\"id\": \"" + key + "\", \"status\": [unclosed")))
                        .get();
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
            List<String> dlts = kafka.deadLetterTopics(TOPIC);
            assertThat(dlts).as("dead-letter topics of " + TOPIC).isNotEmpty();
            Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                for (String dlt : dlts) {
                    long found = kafka.withKey(dlt, key);
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
}
