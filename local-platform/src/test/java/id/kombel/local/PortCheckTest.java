package id.kombel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void namesThePortAndTheVariableToChangeWhenAPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            List<String> problems = PortCheck.problems(List.of(
                    new PortSetting("mongo store", "KOMBEL_MONGO_PORT", PortCheck.anyFreePort()),
                    new PortSetting("kafka", "KOMBEL_KAFKA_PORT", port)));

            assertThat(problems)
                    .containsExactly(
                            "Port %d (kafka) is already in use: stop what uses it, or run with KOMBEL_KAFKA_PORT=<free port>."
                                    .formatted(port));
        }
    }

    @Test
    void reportsTwoComponentsSetToTheSamePort() throws Exception {
        int port = PortCheck.anyFreePort();

        List<String> problems = PortCheck.problems(List.of(
                new PortSetting("gateway", "KOMBEL_GATEWAY_PORT", port),
                new PortSetting("learning", "KOMBEL_LEARNING_PORT", port)));

        assertThat(problems).singleElement().asString().contains("KOMBEL_GATEWAY_PORT", "KOMBEL_LEARNING_PORT");
    }

    @Test
    void findsNothingWrongWithFreePorts() throws Exception {
        List<String> problems =
                PortCheck.problems(List.of(new PortSetting("gateway", "KOMBEL_GATEWAY_PORT", PortCheck.anyFreePort())));

        assertThat(problems).isEmpty();
    }
}
