package io.lifeline.command.config;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Retries a command only when it lost a race: another writer appended the same aggregate sequence
 * or the same look-up key first. The retry reloads the aggregate and sees the winner's events, so
 * nothing is lost and a resend is still stored once. Refusals are answers and are never retried.
 */
class ConflictRetryScheduler implements RetryScheduler {
    static final int MAX_RETRIES = 20;

    private final ScheduledExecutorService executor;

    ConflictRetryScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (failures.size() > MAX_RETRIES || !isLostRace(lastFailure)) {
            return false;
        }
        long backoffMillis = ThreadLocalRandom.current().nextLong(1, 5L * failures.size() + 2); // jitter splits the racers
        executor.schedule(dispatchTask, backoffMillis, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }
}
