package io.lifeline.bridge.subscription;

import io.lifeline.bridge.connection.Connection;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.CloseCodes;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * One connection's subscription to one conversation, delivering each sequence at most once and in
 * order. {@code through} is the highest sequence accounted for. A live event right after it goes
 * out at once; one further ahead (a gap) or one arriving while a gap is being filled waits, and
 * the gap is filled from the store before it. Nothing is sent before the query side has agreed
 * the client may see the conversation (the first fill).
 */
final class ConversationSubscription {
    private final Connection connection;
    private final ConversationId conversation;
    private final boolean staff;
    private final int waitingLimit;
    private final TreeMap<Long, Delivery> waiting = new TreeMap<>();
    private long through;
    private boolean filling = true;
    private boolean authorised;
    private boolean announced;
    private boolean cancelled;

    ConversationSubscription(Connection connection, ConversationId conversation, long after, int waitingLimit) {
        this.connection = connection;
        this.conversation = conversation;
        this.staff = connection.caller().isStaff();
        this.through = after;
        this.waitingLimit = waitingLimit;
    }

    Connection connection() {
        return connection;
    }

    ConversationId conversation() {
        return conversation;
    }

    /** A live event; true when a gap opened and a fill must start. */
    synchronized boolean live(Delivery delivery) {
        if (cancelled || delivery.sequence() <= through) {
            return false; // seen already: the stream is at least once
        }
        if (filling || delivery.sequence() > through + 1) {
            waiting.put(delivery.sequence(), delivery);
            if (waiting.size() > waitingLimit) {
                connection.close(CloseCodes.RESUME, "too far behind: reconnect and resume");
                return false;
            }
            boolean opensGap = !filling;
            filling = true;
            return opensGap;
        }
        deliver(delivery);
        return false;
    }

    /** Where the next fill starts, or null when the subscription was cancelled. */
    synchronized Long fillFrom() {
        return cancelled ? null : through;
    }

    /**
     * A page from the store; returns true when the gap is closed and live events flow again, false
     * when another page (or another read, for a store that is behind the stream) is needed. The
     * first time the gap closes the client is told, before any live event, with {@code subscribed}.
     */
    synchronized boolean filled(EventPage page, LongFunction<String> subscribedFrame) {
        if (cancelled) {
            return true;
        }
        authorised = true;
        page.events().forEach(event -> {
            if (event.sequence() > through) {
                deliver(event);
            }
        });
        through = Math.max(through, page.through());
        if (page.hasMore()) {
            return false;
        }
        var next = waiting.pollFirstEntry();
        while (next != null && next.getKey() <= through + 1) {
            if (next.getKey() == through + 1) {
                deliver(next.getValue());
            }
            next = waiting.pollFirstEntry();
        }
        if (next != null) {
            waiting.put(next.getKey(), next.getValue());
            return false; // still a gap: the store has not shown it yet
        }
        filling = false;
        if (!announced) {
            announced = true;
            connection.send(subscribedFrame.apply(through));
        }
        return true;
    }

    synchronized boolean authorised() {
        return authorised;
    }

    synchronized long through() {
        return through;
    }

    synchronized void cancel() {
        cancelled = true;
        waiting.clear();
    }

    synchronized boolean cancelled() {
        return cancelled;
    }

    private void deliver(Delivery delivery) {
        through = delivery.sequence();
        if (delivery.visibleTo(staff)) {
            connection.send(delivery.frame());
        }
    }
}
