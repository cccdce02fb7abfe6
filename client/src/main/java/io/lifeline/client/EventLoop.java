package io.lifeline.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The one thread a client's state lives on: every public call, every frame received and every listener
 * callback runs here in turn, which is what makes the client thread safe without locks and its
 * callbacks ordered. The thread is a daemon and ends when idle, so a client never closed holds no
 * thread while nothing happens.
 */
final class EventLoop implements Executor {
    private static final System.Logger LOG = System.getLogger(EventLoop.class.getName());
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "lifeline-client-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    EventLoop() {
        executor.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "a client task failed", e);
            }
        });
    }

    void schedule(Runnable task, Duration delay) {
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, this).execute(task);
    }

    /** Runs {@code work} on the loop and follows the future it returns. */
    <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> work) {
        return CompletableFuture.supplyAsync(work, this).thenCompose(future -> future);
    }
}
