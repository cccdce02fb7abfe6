package io.lifeline.bridge.subscription;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.connection.Connections;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.EventFrame;
import io.lifeline.contracts.stream.EventEnvelope;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every subscription on this bridge, by conversation and by connection, and every staff inbox
 * stream. Live events are routed here; gaps are filled on a small pool of workers so that neither
 * the Kafka listener nor a client's reader ever waits for the query side.
 */
@Component
public class Subscriptions implements Connections.ConnectionListener {
    private final Map<String, Set<ConversationSubscription>> byConversation = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ConversationSubscription>> byConnection = new ConcurrentHashMap<>();
    private final Set<Connection> inbox = ConcurrentHashMap.newKeySet();
    private final GapFiller filler;
    private final BridgeProperties properties;
    private final JsonMapper json;
    private final ExecutorService workers;

    Subscriptions(GapFiller filler, BridgeProperties properties, JsonMapper json) {
        this.filler = filler;
        this.properties = properties;
        this.json = json;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(16, task -> {
            Thread thread = new Thread(task, "gap-filler-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a subscription after a sequence; a previous one of the same connection and conversation ends. */
    public void subscribe(Connection connection, ConversationId conversation, long after) {
        var subscription = new ConversationSubscription(connection, conversation, after, properties.outboxCapacity());
        var previous = byConnection.computeIfAbsent(connection.id(), id -> new ConcurrentHashMap<>())
                .put(conversation.toString(), subscription);
        if (previous != null) {
            end(previous);
        }
        // Registered before the first read of the store, so that no live event can slip between the two.
        byConversation.computeIfAbsent(conversation.toString(), id -> ConcurrentHashMap.newKeySet()).add(subscription);
        workers.execute(() -> filler.fill(subscription, this::end));
    }

    public void unsubscribe(Connection connection, ConversationId conversation) {
        var mine = byConnection.get(connection.id());
        var subscription = mine == null ? null : mine.remove(conversation.toString());
        if (subscription != null) {
            end(subscription);
        }
    }

    /** Whether the query side has agreed this connection may see the conversation. */
    public boolean sees(Connection connection, ConversationId conversation) {
        var mine = byConnection.get(connection.id());
        var subscription = mine == null ? null : mine.get(conversation.toString());
        return subscription != null && subscription.authorised();
    }

    /** The connections that see a conversation now, for signals about it. */
    public List<Connection> watching(ConversationId conversation) {
        return byConversation.getOrDefault(conversation.toString(), Set.of()).stream()
                .filter(ConversationSubscription::authorised).map(ConversationSubscription::connection).toList();
    }

    public void subscribeInbox(Connection connection) {
        inbox.add(connection);
    }

    public Set<Connection> inboxStreams() {
        return inbox;
    }

    /** A live event from Kafka, to every subscription of its conversation and every inbox stream. */
    public void route(EventEnvelope envelope) {
        var delivery = new Delivery(envelope, json.writeValueAsString(new EventFrame(envelope)));
        for (ConversationSubscription subscription : byConversation.getOrDefault(envelope.conversationId(), Set.of())) {
            if (subscription.live(delivery)) {
                workers.execute(() -> filler.fill(subscription, this::end));
            }
        }
        for (Connection connection : inbox) {
            var mine = byConnection.get(connection.id());
            if (mine == null || !mine.containsKey(envelope.conversationId())) { // else its subscription delivers it
                connection.send(delivery.frame());
            }
        }
    }

    @Override
    public void closed(Connection connection) {
        inbox.remove(connection);
        var mine = byConnection.remove(connection.id());
        if (mine != null) {
            mine.values().forEach(this::end);
        }
    }

    private void end(ConversationSubscription subscription) {
        subscription.cancel();
        var mine = byConnection.get(subscription.connection().id());
        if (mine != null) {
            mine.remove(subscription.conversation().toString(), subscription);
        }
        byConversation.computeIfPresent(subscription.conversation().toString(), (id, subscriptions) -> {
            subscriptions.remove(subscription);
            return subscriptions.isEmpty() ? null : subscriptions;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
