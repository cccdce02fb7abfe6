package io.lifeline.command.publishing;

import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.stream.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends every conversation event to Kafka. The processor hands over events in batches; each is
 * sent at once and the batch's unit of work waits for every broker acknowledgement before it
 * commits, so the processor's token moves past an event only once Kafka has it. A failure
 * propagates: the processor retries the batch with back-off and nothing is skipped (a retried
 * batch may publish some events twice, which consumers drop by conversation and sequence).
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
@DisallowReplay // an outside effect: a replay would publish every event again
class KafkaEventPublisher {
    static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, String> kafka;
    private final RawEnvelopeWriter envelopes;
    private final KafkaPublishingProperties properties;

    KafkaEventPublisher(KafkaTemplate<String, String> kafka, RawEnvelopeWriter envelopes,
                        KafkaPublishingProperties properties) {
        this.kafka = kafka;
        this.envelopes = envelopes;
        this.properties = properties;
    }

    /** Takes the message, not the event: the envelope is written from the stored JSON, never read into objects. */
    @EventHandler(payloadType = ConversationEvent.class)
    void on(DomainEventMessage<?> message) {
        String envelope = envelopes.write(message);
        pending().add(kafka.send(Topics.CONVERSATION_EVENTS, message.getAggregateIdentifier(), envelope));
    }

    /** The sends of the current batch; the first one registers the wait for all of them before commit. */
    private List<CompletableFuture<?>> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(unit -> awaitAll(sends));
            return sends;
        });
    }

    private void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Kafka did not acknowledge the batch", failed.getCause());
        } catch (TimeoutException late) {
            throw new IllegalStateException("Kafka did not acknowledge the batch in time", late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", interrupted);
        }
    }
}
