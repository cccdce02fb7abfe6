package io.lifeline.command.publishing;

import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.stream.EventEnvelope;
import io.lifeline.contracts.stream.Topics;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every conversation event to Kafka and waits for the broker's acknowledgement before the
 * handler returns, so the processor's token moves past an event only once Kafka has it. A failure
 * propagates: the processor retries the same event with back-off, and nothing is skipped.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
@DisallowReplay // an outside effect: a replay would publish every event again
class KafkaEventPublisher {
    static final String PROCESSING_GROUP = "kafka-publisher";

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final RevisionResolver revisions;
    private final KafkaPublishingProperties properties;

    KafkaEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, RevisionResolver revisions,
                        KafkaPublishingProperties properties) {
        this.kafka = kafka;
        this.json = json;
        this.revisions = revisions;
        this.properties = properties;
    }

    @EventHandler
    void on(ConversationEvent event, DomainEventMessage<?> message)
            throws ExecutionException, InterruptedException, TimeoutException {
        String envelope = json.writeValueAsString(EventEnvelope.of(message, json, revisions));
        kafka.send(Topics.CONVERSATION_EVENTS, message.getAggregateIdentifier(), envelope)
                .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
