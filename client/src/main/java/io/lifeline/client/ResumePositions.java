package io.lifeline.client;

import io.lifeline.contracts.conversation.ConversationId;
import java.util.HashMap;
import java.util.Map;

/**
 * Per subscribed conversation, the highest sequence handed to the listener or declared accounted for by
 * a {@code subscribed}: the {@code after} of the next subscribe, and the line at or below which an event
 * is a duplicate. Conversations seen only through the inbox get a separate line that only drops
 * duplicates: the inbox is live only, and letting it move the resume position would make a later
 * subscribe skip the conversation's history.
 */
final class ResumePositions {
    /** {@code after} for the whole conversation. */
    static final long NOTHING = -1;

    private final Map<ConversationId, Long> subscribed = new HashMap<>();
    private final Map<ConversationId, Long> inboxOnly = new HashMap<>();

    /** Starts tracking a conversation, keeping what is known. */
    void track(ConversationId conversation) {
        subscribed.putIfAbsent(conversation, NOTHING);
    }

    /** The caller says what it holds: events after {@code after} are handed on again, even if they were before. */
    void resetTo(ConversationId conversation, long after) {
        subscribed.put(conversation, after);
    }

    long after(ConversationId conversation) {
        return subscribed.getOrDefault(conversation, NOTHING);
    }

    /** True when the event is new and should be handed on; it then becomes the line. */
    boolean advance(ConversationId conversation, long sequence) {
        Map<ConversationId, Long> lines = subscribed.containsKey(conversation) ? subscribed : inboxOnly;
        long line = lines.getOrDefault(conversation, NOTHING);
        if (sequence <= line) {
            return false;
        }
        lines.put(conversation, sequence);
        return true;
    }

    /** The bridge says everything up to {@code through} was sent or is not for this client's eyes. */
    void accountedFor(ConversationId conversation, long through) {
        subscribed.computeIfPresent(conversation, (id, line) -> Math.max(line, through));
    }
}
