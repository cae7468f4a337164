package id.kombel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void usesTheDocumentedPortsAndTheDataFolderInTheRepository() {
        Settings settings = Settings.fromEnvironment(Map.of(), ROOT);

        assertThat(settings.ports()).extracting(PortSetting::port).containsExactly(9092, 27017, 8081, 8082, 8083, 8080);
        assertThat(settings.dataDir()).isEqualTo(ROOT.resolve(".kombel"));
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void aSlowMachineMayWaitLongerForTheAppsToBeReady() {
        Settings settings = Settings.fromEnvironment(Map.of("KOMBEL_READY_TIMEOUT", "600"), ROOT);

        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.fromEnvironment(Map.of("KOMBEL_READY_TIMEOUT", "soon"), ROOT))
                .withMessage("KOMBEL_READY_TIMEOUT must be a number of seconds from 10 to 3600, not 'soon'");
    }

    @Test
    void letsTheEnvironmentMoveEveryPortAndTheDataFolder() {
        Settings settings = Settings.fromEnvironment(
                Map.of(
                        "KOMBEL_KAFKA_PORT", "19092",
                        "KOMBEL_MONGO_PORT", "37017",
                        "KOMBEL_MEMBERSHIP_PORT", "9081",
                        "KOMBEL_LEARNING_PORT", "9082",
                        "KOMBEL_DISCUSSION_PORT", "9083",
                        "KOMBEL_GATEWAY_PORT", "9080",
                        "KOMBEL_DATA_DIR", "/tmp/kombel-data"),
                ROOT);

        assertThat(settings.ports())
                .extracting(PortSetting::port)
                .containsExactly(19092, 37017, 9081, 9082, 9083, 9080);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/kombel-data"));
    }

    @Test
    void namesTheVariableThatHoldsABadPort() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.fromEnvironment(Map.of("KOMBEL_GATEWAY_PORT", "80a"), ROOT))
                .withMessage("KOMBEL_GATEWAY_PORT must be a port number from 1 to 65535, not '80a'");
    }
}
