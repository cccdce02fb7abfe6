package io.lifeline.standalone.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @TempDir
    Path root;

    @Test
    void cleanDeletesEverythingAnEarlierRunLeft() throws IOException {
        Files.createDirectories(root.resolve("postgres/base"));
        Files.writeString(root.resolve("postgres/base/1"), "rows");
        Files.createDirectories(root.resolve("kafka/log"));
        Files.writeString(root.resolve("admin-password"), "secret");
        Files.createDirectories(root.resolve("attachments/5f0c3a52-8f87-4c55-bb3c-0d4f4f7e9a10"));

        try (DataDirectory data = DataDirectory.open(root, true)) {
            assertThat(data.postgres()).doesNotExist();
            assertThat(data.kafka()).doesNotExist();
            assertThat(data.attachments()).doesNotExist();
            assertThat(data.adminPasswordFile()).doesNotExist();
            assertThat(data.fresh()).isTrue();
        }
    }

    @Test
    void withoutCleanEarlierDataStaysAndIsNotFresh() throws IOException {
        Files.createDirectories(root.resolve("postgres"));
        Files.writeString(root.resolve("admin-password"), "secret");

        try (DataDirectory data = DataDirectory.open(root, false)) {
            assertThat(data.adminPasswordFile()).hasContent("secret");
            assertThat(data.fresh()).isFalse();
        }
    }

    @Test
    void cleanRefusesADirectoryHoldingFilesLifelineDidNotWrite() throws IOException {
        Files.writeString(root.resolve("thesis.tex"), "years of work");
        Files.createDirectories(root.resolve("postgres"));

        assertThatThrownBy(() -> DataDirectory.open(root, true))
                .isInstanceOf(DataDirectoryUnusable.class)
                .hasMessageContaining("thesis.tex");
        assertThat(root.resolve("thesis.tex")).hasContent("years of work");
        assertThat(root.resolve("postgres")).isDirectory();
    }

    @Test
    void onlyOneProcessMayUseADataDirectoryAtATime() throws IOException {
        try (DataDirectory first = DataDirectory.open(root, false)) {
            assertThatThrownBy(() -> DataDirectory.open(root, true))
                    .isInstanceOf(DataDirectoryUnusable.class)
                    .hasMessageContaining("Another Lifeline process");
        }
        DataDirectory.open(root, false).close(); // free again once the first closed
    }

    @Test
    void aMissingDirectoryIsCreated() throws IOException {
        Path nested = root.resolve("a/b/data");

        try (DataDirectory data = DataDirectory.open(nested, false)) {
            assertThat(nested).isDirectory();
            assertThat(data.fresh()).isTrue();
        }
    }
}
