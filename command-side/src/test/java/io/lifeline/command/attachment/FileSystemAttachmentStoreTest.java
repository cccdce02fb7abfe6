package io.lifeline.command.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemAttachmentStoreTest {
    @TempDir
    Path root;

    @Test
    void whatIsPutCanBeOpenedUntilDeleted() throws IOException {
        var store = new FileSystemAttachmentStore(root.resolve("attachments"));
        byte[] content = TestFiles.png(30, 30);
        store.put("conversation/attachment", new ByteArrayInputStream(content), content.length);
        try (InputStream in = store.open("conversation/attachment")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        store.delete("conversation/attachment");
        store.delete("conversation/attachment"); // deleting twice is fine
        assertThatThrownBy(() -> store.open("conversation/attachment")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aPutThatReadsFewerBytesThanAnnouncedLeavesNothingBehind() throws IOException {
        var store = new FileSystemAttachmentStore(root);
        assertThatThrownBy(() -> store.put("c/a", new ByteArrayInputStream(new byte[10]), 20)).isInstanceOf(IOException.class);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void keysCannotLeaveTheDirectory() throws IOException {
        var store = new FileSystemAttachmentStore(root.resolve("attachments"));
        for (String key : new String[] {"../outside", "c/../../outside", "/etc/passwd", "c/.hidden", "c//a", ""}) {
            assertThatThrownBy(() -> store.open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
