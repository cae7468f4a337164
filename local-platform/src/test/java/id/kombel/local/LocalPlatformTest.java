package id.kombel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPlatformTest {

    @TempDir
    Path root;

    @Test
    void refusesToStartAnythingWhenAPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Settings settings = settingsWithGatewayOn(taken.getLocalPort());
            LocalPlatform platform = new LocalPlatform(settings, new Progress(quietConsole()));

            StartupException refused = catchThrowableOfType(StartupException.class, platform::start);
            platform.stop();

            assertThat(refused.details())
                    .containsExactly(
                            "  Port %d (gateway) is already in use: stop what uses it, or run with KOMBEL_GATEWAY_PORT=<free port>."
                                    .formatted(taken.getLocalPort()));
            assertThat(settings.dataDir().resolve("kafka")).doesNotExist();
            assertThat(PortCheck.isFree(settings.kafka().port())).isTrue();
        }
    }

    private Settings settingsWithGatewayOn(int gatewayPort) throws Exception {
        return new Settings(
                root,
                root.resolve(".kombel"),
                port("kafka", "KOMBEL_KAFKA_PORT"),
                port("mongo store", "KOMBEL_MONGO_PORT"),
                port("membership", "KOMBEL_MEMBERSHIP_PORT"),
                port("learning", "KOMBEL_LEARNING_PORT"),
                port("discussion", "KOMBEL_DISCUSSION_PORT"),
                new PortSetting("gateway", "KOMBEL_GATEWAY_PORT", gatewayPort),
                Settings.DEFAULT_READY_TIMEOUT);
    }

    private static PortSetting port(String component, String variable) throws Exception {
        return new PortSetting(component, variable, PortCheck.anyFreePort());
    }

    private static PrintStream quietConsole() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
