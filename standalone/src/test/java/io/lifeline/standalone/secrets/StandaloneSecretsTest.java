package io.lifeline.standalone.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.data.DataDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneSecretsTest {
    @TempDir
    Path root;
    DataDirectory data;

    @BeforeEach
    void open() {
        data = DataDirectory.open(root, false);
    }

    @AfterEach
    void close() throws IOException {
        data.close();
    }

    @Test
    void theFirstStartGeneratesSecretsOnlyTheOwnerCanRead() throws IOException {
        StandaloneSecrets secrets = StandaloneSecrets.resolve(Map.of(), data);

        Secret password = secrets.adminPassword().orElseThrow();
        assertThat(password.generated()).isTrue();
        assertThat(password.file()).isEqualTo(data.adminPasswordFile());
        assertThat(Files.readString(password.file()).strip()).isEqualTo(password.value());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.jwtSecretFile()))).isEqualTo("rw-------");
    }

    @Test
    void laterStartsReadTheSameSecretsBack() {
        StandaloneSecrets first = StandaloneSecrets.resolve(Map.of(), data);
        StandaloneSecrets second = StandaloneSecrets.resolve(Map.of(), data);

        assertThat(second.adminPassword().orElseThrow().value()).isEqualTo(first.adminPassword().orElseThrow().value());
        assertThat(second.adminPassword().orElseThrow().generated()).isFalse();
        assertThat(second.jwtSecret().orElseThrow().value()).isEqualTo(first.jwtSecret().orElseThrow().value());
    }

    @Test
    void theTokenKeyIsLongEnoughForHs256() {
        String key = StandaloneSecrets.resolve(Map.of(), data).jwtSecret().orElseThrow().value();

        assertThat(key.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void secretsTheEnvironmentSetsAreLeftToTheServicesAndNeverWritten() {
        StandaloneSecrets secrets = StandaloneSecrets.resolve(
                Map.of("LIFELINE_ADMIN_PASSWORD", "chosen", "LIFELINE_JWT_SECRET", "k".repeat(40), "LIFELINE_ADMIN_USERNAME", "root"),
                data);

        assertThat(secrets.adminPassword()).isEmpty();
        assertThat(secrets.jwtSecret()).isEmpty();
        assertThat(secrets.adminUsername()).isEqualTo("root");
        assertThat(data.adminPasswordFile()).doesNotExist();
        assertThat(data.jwtSecretFile()).doesNotExist();
    }

    @Test
    void anEmptyFileLeftByAnInterruptedStartIsReplaced() throws IOException {
        Files.writeString(data.adminPasswordFile(), "\n");

        Secret password = StandaloneSecrets.resolve(Map.of(), data).adminPassword().orElseThrow();

        assertThat(password.generated()).isTrue();
        assertThat(password.value()).isNotBlank();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password.file()))).isEqualTo("rw-------");
    }

    @Test
    void theAdminIsCalledAdminUnlessConfigured() {
        assertThat(StandaloneSecrets.resolve(Map.of(), data).adminUsername()).isEqualTo("admin");
    }

    @Test
    void aSecretNeverPrintsItsValue() {
        Secret password = StandaloneSecrets.resolve(Map.of(), data).adminPassword().orElseThrow();

        assertThat(password.toString()).doesNotContain(password.value());
    }
}
