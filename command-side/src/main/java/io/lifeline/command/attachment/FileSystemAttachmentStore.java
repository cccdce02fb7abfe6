package io.lifeline.command.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Attachments as files in a directory (one sub-directory per conversation). Each put writes a
 * temporary file beside its target and moves it into place, so a reader never sees half a file.
 */
class FileSystemAttachmentStore implements AttachmentStore {
    /** Path segments without dots in front, so a key can never climb out of the directory. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");

    private final Path root;

    FileSystemAttachmentStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path incoming = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            long written = Files.copy(content, incoming, StandardCopyOption.REPLACE_EXISTING);
            if (written != length) {
                throw new IOException("expected " + length + " bytes for " + key + " but read " + written);
            }
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!KEY.matcher(key).matches() || !path.startsWith(root)) {
            throw new IllegalArgumentException("not an attachment key: " + key);
        }
        return path;
    }

    @Override
    public String toString() {
        return "FileSystemAttachmentStore[" + root + "]";
    }
}
