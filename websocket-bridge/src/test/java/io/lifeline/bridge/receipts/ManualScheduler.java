package io.lifeline.bridge.receipts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose clock moves only when the test says so, running due tasks on the test's own
 * thread; a task that throws fails the test. Shut down, it behaves as the bridge's flusher does: it
 * refuses new tasks, drops those not yet due and still runs those that are.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingLong((Task task) -> task.due)
            .thenComparingLong(task -> task.order));
    private long now;
    private long scheduled;
    private boolean shutdown;

    /** Moves the clock on, running every task that falls due on the way, in order. */
    void advance(Duration time) {
        long until = now + time.toNanos();
        while (!tasks.isEmpty() && tasks.peek().due <= until) {
            Task task = tasks.poll();
            now = Math.max(now, task.due);
            task.run();
            try {
                task.get();
            } catch (ExecutionException failed) {
                throw new AssertionError("a scheduled task failed", failed.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        now = until;
    }

    /** Runs what is due now (handed over with {@link #execute}), without moving the clock. */
    void runDue() {
        advance(Duration.ZERO);
    }

    int pending() {
        return tasks.size();
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        Task task = new Task(command, now + unit.toNanos(delay), scheduled++);
        tasks.add(task);
        return task;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
        shutdown = true;
        tasks.removeIf(task -> task.due > now);
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> dropped = new ArrayList<>(tasks);
        tasks.clear();
        return dropped;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && tasks.isEmpty();
    }

    /** The threads finish what they hold. */
    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        runDue();
        return shutdown && tasks.isEmpty();
    }

    private final class Task extends FutureTask<Void> implements ScheduledFuture<Void> {
        private final long due;
        private final long order;

        Task(Runnable command, long due, long order) {
            super(command, null);
            this.due = due;
            this.order = order;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - now, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
