package id.kombel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesEverySecretOnTheFirstRunAndKeepsThemForTheNext() throws Exception {
        Credentials first = Credentials.load(dataDir, Map.of());
        Credentials second = Credentials.load(dataDir, Map.of());

        assertThat(second).isEqualTo(first);
        assertThat(first.privacySecret()).startsWith("Kombel-").hasSize(27);
        assertThat(first.privacySecret()).isNotEqualTo(first.adminPassword()).isNotEqualTo(first.demoPassword());
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dataDir.resolve("credentials.properties"))))
                .isEqualTo("rw-------");
    }

    @Test
    void twoDataFoldersNeverShareATombstoneKey() throws Exception {
        Path other = Files.createDirectory(dataDir.resolve("other"));

        assertThat(Credentials.load(dataDir, Map.of()).privacySecret())
                .isNotEqualTo(Credentials.load(other, Map.of()).privacySecret());
    }

    @Test
    void aDataFolderFromBeforeTheTombstoneKeyKeepsItsPasswordsAndGainsAKey() throws Exception {
        Files.writeString(
                dataDir.resolve("credentials.properties"), "admin.password=Kombel-old\ndemo.password=Kombel-demo\n");

        Credentials upgraded = Credentials.load(dataDir, Map.of());

        assertThat(upgraded.adminPassword()).isEqualTo("Kombel-old");
        assertThat(upgraded.demoPassword()).isEqualTo("Kombel-demo");
        assertThat(upgraded.privacySecret()).isNotBlank();
        assertThat(Credentials.load(dataDir, Map.of()).privacySecret()).isEqualTo(upgraded.privacySecret());
    }

    @Test
    void theEnvironmentOverridesTheAdminAndTheTombstoneKey() throws Exception {
        Credentials credentials = Credentials.load(
                dataDir,
                Map.of(
                        "KOMBEL_ADMIN_EMAIL", "ops@example.org",
                        "KOMBEL_ADMIN_PASSWORD", "from-the-environment",
                        "KOMBEL_PRIVACY_SECRET", "deployment-secret"));

        assertThat(credentials.adminEmail()).isEqualTo("ops@example.org");
        assertThat(credentials.adminPassword()).isEqualTo("from-the-environment");
        assertThat(credentials.privacySecret()).isEqualTo("deployment-secret");
    }
}
