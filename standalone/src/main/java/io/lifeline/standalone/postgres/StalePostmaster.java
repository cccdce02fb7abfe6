package io.lifeline.standalone.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on the data directory although its Lifeline process is gone
 * (killed with SIGKILL, or by an IDE): it would make every later start fail with "another server
 * might be running". The caller holds the data directory's lock, so such a server is an orphan.
 */
final class StalePostmaster {
    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        // postmaster.pid: first line the process id, second line the data directory it serves.
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !samePath(lines.get(1), dataDirectory)) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return; // pg_ctl itself clears a pid file whose process is gone
        }
        log.warn("Stopping the PostgreSQL server (pid {}) an earlier Lifeline process left running on {}",
                postmaster.get().pid(), dataDirectory);
        // SIGTERM is PostgreSQL's smart shutdown: its only clients died with the old process.
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the stale PostgreSQL server", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The PostgreSQL server left running on " + dataDirectory
                    + " (pid " + postmaster.get().pid() + ") did not stop; stop it and start again", e);
        }
    }

    private static boolean samePath(String recorded, Path dataDirectory) {
        try {
            return Path.of(recorded.strip()).toRealPath().equals(dataDirectory.toRealPath());
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
