package io.lifeline.query.config;

import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * Axon's JDBC dead-letter queue, keeping the cause of an event that failed again on a retry as the
 * policy gave it: Axon 4.13's {@code JdbcDeadLetter.withCause} wraps a given cause in another, so
 * the stored type would read {@code ThrowableCause} instead of the projection's exception.
 */
final class DeadLetterQueue extends JdbcSequencedDeadLetterQueue<EventMessage<?>> {

    DeadLetterQueue(Builder<EventMessage<?>> builder) {
        super(builder);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> updater) {
        super.requeue(letter, current -> causeKept(updater.apply(current)));
    }

    private static DeadLetter<? extends EventMessage<?>> causeKept(DeadLetter<? extends EventMessage<?>> updated) {
        if (updated instanceof JdbcDeadLetter<? extends EventMessage<?>> stored
                && stored.cause().orElse(null) instanceof ThrowableCause wrapper
                && wrapper.getCause() instanceof ThrowableCause given) {
            return new JdbcDeadLetter<>(stored.getIdentifier(), stored.getSequenceIndex(), stored.getSequenceIdentifier(),
                    stored.enqueuedAt(), stored.lastTouched(), given, stored.diagnostics(), stored.message());
        }
        return updated;
    }
}
