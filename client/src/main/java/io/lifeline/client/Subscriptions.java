package io.lifeline.client;

import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.stream.EventEnvelope;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the client has asked the bridge for, so that every new connection can ask again: the subscribed
 * conversations and whether the inbox is. While a conversation's history is still coming (between the
 * subscribe and its {@code subscribed}), its events are held back and sorted: a live event of the same
 * conversation may overtake the history through the inbox, and handing it on first would make the
 * history look like duplicates.
 */
final class Subscriptions {
    private final Set<ConversationId> conversations = new LinkedHashSet<>();
    private final Map<ConversationId, TreeMap<Long, EventEnvelope>> backfills = new HashMap<>();
    private boolean inbox;

    /** False when already subscribed. */
    boolean add(ConversationId conversation) {
        return conversations.add(conversation);
    }

    void remove(ConversationId conversation) {
        conversations.remove(conversation);
        backfills.remove(conversation);
    }

    List<ConversationId> conversations() {
        return List.copyOf(conversations);
    }

    boolean inbox() {
        return inbox;
    }

    void subscribeInbox() {
        inbox = true;
    }

    void backfillStarted(ConversationId conversation) {
        backfills.put(conversation, new TreeMap<>());
    }

    boolean backfilling(ConversationId conversation) {
        return backfills.containsKey(conversation);
    }

    void holdBack(ConversationId conversation, EventEnvelope event) {
        backfills.get(conversation).putIfAbsent(event.sequence(), event);
    }

    /** The events held back for the conversation, by sequence; the conversation is live from now on. */
    List<EventEnvelope> backfillDone(ConversationId conversation) {
        TreeMap<Long, EventEnvelope> held = backfills.remove(conversation);
        return held == null ? List.of() : List.copyOf(held.values());
    }

    /** A new connection asks for every history again. */
    void connectionEnded() {
        backfills.clear();
    }
}
