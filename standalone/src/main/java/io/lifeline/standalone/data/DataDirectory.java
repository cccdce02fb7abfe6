package io.lifeline.standalone.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The directory a standalone Lifeline keeps all its state in, locked for as long as the process
 * runs: a second process on the same directory would corrupt PostgreSQL and Kafka, and while the
 * lock is held any PostgreSQL server left running there can only be an orphan of a killed process.
 */
public final class DataDirectory implements AutoCloseable {
    private static final String LOCK = "lifeline.lock";
    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";
    static final String ADMIN_PASSWORD = "admin-password";
    static final String JWT_SECRET = "jwt-secret";
    static final String ATTACHMENTS = "attachments";
    /** What a clean start may delete: anything else means the path is not ours to wipe. */
    private static final Set<String> OURS = Set.of(LOCK, POSTGRES, KAFKA, ADMIN_PASSWORD, JWT_SECRET, ATTACHMENTS);

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean fresh;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock, boolean fresh) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.fresh = fresh;
    }

    /**
     * Creates the directory if needed and locks it; with {@code clean}, first deletes what an earlier
     * run left there.
     *
     * @throws DataDirectoryUnusable if another process holds it, or {@code clean} would delete files
     *                               that Lifeline did not write
     */
    public static DataDirectory open(Path root, boolean clean) {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataDirectoryUnusable("Another Lifeline process is using " + root + "; stop it first");
            }
            try {
                if (clean) {
                    deleteContents(root);
                }
            } catch (RuntimeException | IOException e) {
                lock.release();
                channel.close();
                throw e;
            }
            return new DataDirectory(root, channel, lock, !Files.exists(root.resolve(POSTGRES)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use data directory " + root, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static void deleteContents(Path root) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(root)) {
            children = list.toList();
        }
        List<String> foreign = children.stream()
                .map(child -> child.getFileName().toString())
                .filter(name -> !OURS.contains(name))
                .sorted()
                .toList();
        if (!foreign.isEmpty()) {
            throw new DataDirectoryUnusable("Will not clean " + root + ": it holds files Lifeline did not write " + foreign);
        }
        for (Path child : children) {
            if (!child.getFileName().toString().equals(LOCK)) {
                deleteRecursively(child);
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    public Path root() {
        return root;
    }

    public Path postgres() {
        return root.resolve(POSTGRES);
    }

    public Path kafka() {
        return root.resolve(KAFKA);
    }

    /** Where the command side keeps uploaded attachments (its filesystem store). */
    public Path attachments() {
        return root.resolve(ATTACHMENTS);
    }

    public Path adminPasswordFile() {
        return root.resolve(ADMIN_PASSWORD);
    }

    public Path jwtSecretFile() {
        return root.resolve(JWT_SECRET);
    }

    /** Whether no database existed here when the directory was opened: the services start empty. */
    public boolean fresh() {
        return fresh;
    }

    @Override
    public void close() throws IOException {
        if (lockChannel.isOpen()) {
            lock.release();
            lockChannel.close();
        }
    }
}
