package id.kombel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    private static final String TOPIC = "membership.member";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsAndRecordsAcrossRestarts() throws Exception {
        int port = PortCheck.anyFreePort();
        try (KafkaBroker broker = new KafkaBroker(dataDir, port)) {
            broker.start();
            createTopic(broker);
            send(broker, "member-1", "MemberJoined");
            assertThat(readAll(broker)).containsExactly("member-1=MemberJoined");
        }

        try (KafkaBroker broker = new KafkaBroker(dataDir, port)) {
            broker.start();
            assertThat(readAll(broker)).containsExactly("member-1=MemberJoined");
        }
    }

    private static void createTopic(KafkaBroker broker) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    private static void send(KafkaBroker broker, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                "bootstrap.servers",
                broker.bootstrapServers(),
                "acks",
                "all",
                "linger.ms",
                0,
                "key.serializer",
                StringSerializer.class,
                "value.serializer",
                StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<String> readAll(KafkaBroker broker) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "key.deserializer", StringDeserializer.class,
                "value.deserializer", StringDeserializer.class);
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.assign(Set.of(PARTITION));
            consumer.seekToBeginning(Set.of(PARTITION));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
                return !seen.isEmpty();
            });
        }
        return seen;
    }
}
