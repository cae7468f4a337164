package id.kombel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlChannelTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(console, true, StandardCharsets.UTF_8));

    @Test
    void isOffUnlessExplicitlyAskedForOnStandardInput() {
        assertThat(ControlChannel.enabled(Map.of())).isFalse();
        assertThat(ControlChannel.enabled(Map.of("KOMBEL_CONTROL", " "))).isFalse();
        assertThat(ControlChannel.enabled(Map.of("KOMBEL_CONTROL", "stdin"))).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ControlChannel.enabled(Map.of("KOMBEL_CONTROL", "tcp:0.0.0.0:7000")))
                .withMessageContaining("KOMBEL_CONTROL");
    }

    @Test
    void stopsAndStartsTheBrokerOnTheSamePortAndKeepsItsTopics() throws Exception {
        int port = PortCheck.anyFreePort();
        try (KafkaBroker broker = new KafkaBroker(dataDir, port)) {
            broker.start();
            try (Admin admin = admin(broker)) {
                admin.createTopics(
                                List.of(new org.apache.kafka.clients.admin.NewTopic("membership.member", 1, (short) 1)))
                        .all()
                        .get();
            }
            ControlChannel channel = channel(broker);

            channel.run("stop kafka");
            assertThat(PortCheck.isFree(port))
                    .as("the broker's port while it is stopped")
                    .isTrue();
            channel.run("start kafka");
            channel.run("start kafka");

            try (Admin admin = admin(broker)) {
                assertThat(admin.listTopics().names().get()).contains("membership.member");
            }
            assertThat(replies())
                    .containsExactly(
                            "kombel-control done stop kafka",
                            "kombel-control done start kafka",
                            "kombel-control failed start kafka: java.lang.IllegalStateException: kafka is running");
        }
    }

    @Test
    void refusesUnknownCommandsAndApps() {
        ControlChannel channel = channel(new KafkaBroker(dataDir, 1));

        channel.run("kill gateway");
        channel.run("restart kafka");
        channel.run("rm -rf /");

        assertThat(replies()).hasSize(3).allMatch(line -> line.startsWith("kombel-control failed "));
        assertThat(replies().get(0)).contains("no app gateway");
    }

    private ControlChannel channel(KafkaBroker broker) {
        return new ControlChannel(List.of(), broker, Duration.ofSeconds(10), Duration.ofSeconds(5), progress);
    }

    private List<String> replies() {
        return console.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith(ControlChannel.REPLY))
                .toList();
    }

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
    }
}
