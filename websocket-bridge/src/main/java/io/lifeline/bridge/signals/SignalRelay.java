package io.lifeline.bridge.signals;

import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.subscription.Subscriptions;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.TypingFrame;
import io.lifeline.contracts.stream.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries signals between bridge instances: publishes this bridge's and hands every bridge's
 * (its own included, so one path serves all) to the local connections concerned.
 */
@Component
public class SignalRelay {
    private static final Logger log = LoggerFactory.getLogger(SignalRelay.class);
    private final KafkaTemplate<String, String> kafka;
    private final Subscriptions subscriptions;
    private final Presence presence;
    private final JsonMapper json;

    SignalRelay(KafkaTemplate<String, String> kafka, Subscriptions subscriptions, Presence presence, JsonMapper json) {
        this.kafka = kafka;
        this.subscriptions = subscriptions;
        this.presence = presence;
        this.json = json;
        presence.publishVia(this::publish);
    }

    /** A client typing in a conversation it sees. */
    public void typing(Connection connection, ConversationId conversation, boolean typing) {
        publish(Signal.typing(conversation.toString(), connection.caller().actor(), typing, connection.id()));
    }

    void publish(Signal signal) {
        String key = signal.conversationId() != null ? signal.conversationId() : signal.staffId();
        kafka.send(Topics.SIGNALS, key, json.writeValueAsString(signal)); // ephemeral: a lost signal is not retried
    }

    @KafkaListener(id = "signals", topics = Topics.SIGNALS, groupId = "lifeline-bridge-signals-${lifeline.bridge.instance-id}")
    void on(String record) {
        Signal signal;
        try {
            signal = json.readValue(record, Signal.class);
        } catch (RuntimeException unreadable) {
            log.warn("Skipped a record that is not a signal: {}", unreadable.getMessage());
            return;
        }
        if (Signal.TYPING.equals(signal.kind()) && signal.conversationId() != null) {
            var conversation = ConversationId.parse(signal.conversationId());
            String frame = json.writeValueAsString(new TypingFrame(conversation, signal.actor(), signal.typing()));
            subscriptions.watching(conversation).stream()
                    .filter(connection -> !connection.id().equals(signal.origin()))
                    .forEach(connection -> connection.send(frame));
        } else if (Signal.PRESENCE.equals(signal.kind()) && signal.staffId() != null) {
            presence.heard(signal);
        }
    }
}
