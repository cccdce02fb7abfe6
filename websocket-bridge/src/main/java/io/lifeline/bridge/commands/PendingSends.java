package io.lifeline.bridge.commands;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.channel.ChannelReply;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageAccepted;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.stream.EventEnvelope;
import io.lifeline.contracts.timing.SendHops;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.requestreply.CorrelationKey;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sends this bridge forwarded and still waits for. A send that stores a new message is answered
 * by its own {@link MessageSent} on the event stream, which every bridge reads anyway (the command
 * side sends no reply for it): the event matches a send by conversation, sender and client id, so
 * nobody is told another person's message is stored, and a bridge that holds no such send ignores
 * it. Every other outcome (a repeated client id, a refusal) comes as a reply with the send's
 * correlation key. A send answered neither way within the command timeout fails with a
 * {@link java.util.concurrent.TimeoutException}; an answered or failed send is forgotten at once.
 */
@Component
public class PendingSends {
    private static final Logger log = LoggerFactory.getLogger(PendingSends.class);
    private static final String MESSAGE_SENT = MessageSent.class.getSimpleName();

    /** What a stored message tells of the send it answers. */
    record Key(ConversationId conversation, Actor sender, ClientMessageId clientId) {
    }

    /** A send waiting for its stored event, and when it was forwarded (for {@link SendHops}). */
    private record Waiting(CompletableFuture<ChannelReply> answer, long forwardedAt) {
    }

    private final Map<Key, Waiting> byEvent = new ConcurrentHashMap<>();
    private final Map<CorrelationKey, CompletableFuture<ChannelReply>> byReply = new ConcurrentHashMap<>();
    private final JsonMapper json;
    private final Duration timeout;

    @Autowired
    PendingSends(JsonMapper json, BridgeProperties properties) {
        this(json, properties.commandTimeout());
    }

    PendingSends(JsonMapper json, Duration timeout) {
        this.json = json;
        this.timeout = timeout;
    }

    /**
     * Waits for the answer to a send about to be forwarded. A second send of the same client id while
     * the first waits is answered by its reply only (the stored message answers the first). A key
     * without a sender (a caller that can author nothing) waits for its reply only.
     */
    CompletableFuture<ChannelReply> await(Key key, CorrelationKey correlation) {
        var answer = new CompletableFuture<ChannelReply>();
        var waiting = new Waiting(answer, System.currentTimeMillis());
        boolean byItsEvent = key.sender() != null && byEvent.putIfAbsent(key, waiting) == null;
        byReply.put(correlation, answer);
        answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((done, failure) -> {
            byReply.remove(correlation, answer);
            if (byItsEvent) {
                byEvent.remove(key, waiting);
            }
        });
        return answer;
    }

    /** Whether a reply with this correlation key answers a send waiting here. */
    boolean awaitsReply(CorrelationKey correlation) {
        return byReply.containsKey(correlation);
    }

    /** Completes the send the reply answers; false when none waits for it (answered already, or timed out). */
    boolean replied(CorrelationKey correlation, ChannelReply reply) {
        var answer = byReply.get(correlation);
        return answer != null && answer.complete(reply);
    }

    /**
     * Completes the send a stored message answers, if this bridge holds it.
     *
     * @param published when the publisher produced the event's Kafka record, for {@link SendHops}
     */
    public void stored(EventEnvelope envelope, Instant published) {
        if (byEvent.isEmpty() || !MESSAGE_SENT.equals(envelope.type())) {
            return;
        }
        MessageSent sent;
        try {
            sent = json.treeToValue(envelope.payload(), MessageSent.class);
        } catch (RuntimeException unreadable) {
            log.warn("could not read MessageSent {} of conversation {}: {}", envelope.sequence(),
                    envelope.conversationId(), unreadable.toString());
            return;
        }
        if (sent.clientMessageId() == null || sent.author() == null) {
            return; // a message no client sent (an automated reply)
        }
        var waiting = byEvent.get(new Key(sent.conversationId(), sent.author(), sent.clientMessageId()));
        if (waiting != null) {
            // Recorded before it is answered: the answer writes the ack at once on this thread.
            SendHops.record(envelope.conversationId(), envelope.sequence(), waiting.forwardedAt(),
                    envelope.timestamp().toEpochMilli(), published.toEpochMilli(), System.currentTimeMillis());
            waiting.answer().complete(ChannelReply.sent(
                    new MessageAccepted(sent.conversationId(), sent.messageId(), envelope.sequence(), false)));
        }
    }

    /** How many sends wait, for tests and metrics. */
    int waiting() {
        return byReply.size();
    }
}
