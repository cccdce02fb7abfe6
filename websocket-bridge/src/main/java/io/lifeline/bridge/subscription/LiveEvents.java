package io.lifeline.bridge.subscription;

import io.lifeline.bridge.commands.PendingSends;
import io.lifeline.contracts.stream.EventEnvelope;
import io.lifeline.contracts.stream.Topics;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes every conversation event under this bridge's own consumer group, from the end of the
 * stream: what happened before a client subscribed comes from the store. Becomes ready once its
 * partitions are assigned, and the bridge takes connections only then. A stored message also
 * answers the send that stored it, when this bridge forwarded that send.
 */
@Component
public class LiveEvents implements ConsumerSeekAware {
    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);
    private final Subscriptions subscriptions;
    private final PendingSends sends;
    private final JsonMapper json;
    private volatile boolean ready;

    LiveEvents(Subscriptions subscriptions, PendingSends sends, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.sends = sends;
        this.json = json;
    }

    @KafkaListener(id = "conversation-events", topics = Topics.CONVERSATION_EVENTS,
            groupId = "lifeline-bridge-${lifeline.bridge.instance-id}")
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope envelope;
        try {
            envelope = json.readValue(record.value(), EventEnvelope.class);
        } catch (RuntimeException unreadable) {
            log.warn("Skipped a record that is not an event envelope: {}", unreadable.getMessage());
            return;
        }
        sends.stored(envelope, Instant.ofEpochMilli(record.timestamp())); // first, so a sender's ack goes out before its own message's event
        subscriptions.route(envelope);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToEnd(assignments.keySet());
        if (!assignments.isEmpty()) {
            ready = true;
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Still ready: a rebalance within this bridge's own group only moves partitions between its threads.
    }

    /** Whether live events flow; a bridge takes no connection before (it could not keep its promise). */
    public boolean ready() {
        return ready;
    }
}
