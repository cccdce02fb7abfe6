package io.lifeline.query.processors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The events each projection has parked in its dead-letter queue, one sequence per conversation:
 * counted, listed, retried (the processor's own handlers apply them again, in order) or evicted
 * (the projection then never applies them, until it is rebuilt).
 */
@Component
class DeadLetters {
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    DeadLetters(@Lazy EventProcessingConfiguration processing, TransactionManager transactions) {
        this.processing = processing; // lazy: Axon builds its processors after the web layer
        this.transactions = transactions;
    }

    /** Events the processor has parked; zero for a processor without a queue. */
    long parkedEvents(String processor) {
        return queue(processor).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** Conversations (dead-letter sequences) the processor has parked. */
    long parkedSequences(String processor) {
        return queue(processor).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
    }

    List<DeadLetterView> list(String processor, int limit) {
        List<DeadLetterView> views = new ArrayList<>();
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor).orElse(null);
        if (queue == null) return views;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (views.size() >= limit) return views;
                views.add(view(letter));
            }
        }
        return views;
    }

    /** Retries every parked conversation of the processor, each in order from its first event. */
    DeadLetterRetry retryAll(String processor) {
        Set<String> sequences = new LinkedHashSet<>();
        queue(processor).ifPresent(queue -> queue.deadLetters().forEach(sequence -> sequence.forEach(
                letter -> sequences.add(sequenceId(letter.message())))));
        return retry(processor, sequences);
    }

    DeadLetterRetry retry(String processor, String sequenceId) {
        if (!queue(processor).map(queue -> queue.contains(sequenceId)).orElse(false)) {
            throw new NoDeadLetters(processor, sequenceId);
        }
        return retry(processor, Set.of(sequenceId));
    }

    /** Evicts a conversation's parked events; they are not applied, a rebuild will apply them. */
    int evict(String processor, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor)
                .filter(candidate -> candidate.contains(sequenceId))
                .orElseThrow(() -> new NoDeadLetters(processor, sequenceId));
        return transactions.fetchInTransaction(() -> {
            int evicted = 0;
            for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequenceId)) {
                queue.evict(letter);
                evicted++;
            }
            return evicted;
        });
    }

    private DeadLetterRetry retry(String processor, Set<String> sequences) {
        SequencedDeadLetterProcessor<EventMessage<?>> retrier = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new UnknownProcessor(processor));
        int succeeded = 0;
        for (String sequenceId : sequences) {
            if (retrier.process(letter -> sequenceId.equals(sequenceId(letter.message())))) {
                succeeded++;
            }
        }
        return new DeadLetterRetry(sequences.size(), succeeded, parkedEvents(processor));
    }

    private java.util.Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processor) {
        if (processing.eventProcessor(processor).isEmpty()) {
            throw new UnknownProcessor(processor);
        }
        return processing.deadLetterQueue(processor);
    }

    /** As the processors sequence events: by aggregate, that is conversation (or staff member), id. */
    static String sequenceId(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        return new DeadLetterView(sequenceId(event), event.getIdentifier(), event.getPayloadType().getSimpleName(), sequence,
                letter.enqueuedAt(), letter.lastTouched(), letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> shown(cause.message())).orElse(null));
    }

    /** Causes are stored sanitised; ones stored otherwise are shown so too. */
    private static String shown(String message) {
        if (message == null) return null;
        StringBuilder shown = new StringBuilder(message.length());
        message.codePoints().forEach(c -> shown.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '\uFFFD' : c));
        return shown.toString();
    }
}
