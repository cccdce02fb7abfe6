package io.lifeline.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Parts of the system starting at once, each on a thread of its own. Each is handed to the shutdown
 * sequence the moment it runs, so a failed start or Ctrl+C stops it with the rest. {@link #await()}
 * waits for every one, so that nothing is still starting when the sequence stops what has started,
 * and then reports the first one that failed; once all run, they stop in the reverse of the order
 * they were begun in, as when they started one after another.
 */
final class ConcurrentStart {
    private final ShutdownSequence shutdown;
    private final Map<String, CompletableFuture<? extends AutoCloseable>> starting = new LinkedHashMap<>();

    ConcurrentStart(ShutdownSequence shutdown) {
        this.shutdown = shutdown;
    }

    /** @param component named as in a sentence: "the command side", "PostgreSQL" */
    <T extends AutoCloseable> CompletableFuture<T> begin(String component, Callable<T> start) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(shutdown.add(start.call()));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "lifeline-start-" + component.replaceFirst("^the ", "").replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
        starting.put(component, result);
        return result;
    }

    /**
     * Waits until every part begun so far has started or failed.
     *
     * @throws ComponentDidNotStart for the first part begun that failed, with the other failures suppressed
     */
    void await() throws ComponentDidNotStart {
        List<AutoCloseable> running = new ArrayList<>();
        ComponentDidNotStart first = null;
        for (Map.Entry<String, CompletableFuture<? extends AutoCloseable>> part : starting.entrySet()) {
            try {
                running.add(part.getValue().join());
            } catch (CompletionException failed) {
                var didNotStart = new ComponentDidNotStart(part.getKey(), failed.getCause());
                if (first == null) {
                    first = didNotStart;
                } else {
                    first.addSuppressed(didNotStart);
                }
            }
        }
        starting.clear();
        if (first != null) {
            throw first;
        }
        shutdown.restack(running);
    }

    /** The part's running instance, once {@link #await()} returned without failing. */
    static <T> T started(CompletableFuture<T> part) {
        return part.join();
    }
}
