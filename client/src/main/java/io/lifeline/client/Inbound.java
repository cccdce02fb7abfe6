package io.lifeline.client;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.ErrorFrame;
import io.lifeline.contracts.protocol.EventFrame;
import io.lifeline.contracts.protocol.PongFrame;
import io.lifeline.contracts.protocol.PresenceFrame;
import io.lifeline.contracts.protocol.ServerFrame;
import io.lifeline.contracts.protocol.SubscribedFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import io.lifeline.contracts.stream.EventEnvelope;
import java.time.Duration;
import java.util.Set;

/**
 * What each frame from the bridge does: events pass the duplicate line (or wait for their history),
 * acks, errors and pongs settle what waits for them, the rest goes to the listener. A send the bridge
 * dropped as rate-limited, or could not get answered ({@code unavailable}), is not refused for good:
 * it stays pending and goes out again after the pause, under its client id, so it is stored once.
 */
final class Inbound {
    /** Sends a pending send again, under the same client id, after a pause. */
    interface Retries {
        void resendLater(ClientMessageId clientId, Duration pause);
    }

    /** The pause when an error names none. */
    private static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

    /** Codes by which the bridge refuses a subscribe for good: asking again on reconnect would not help. */
    private static final Set<String> SUBSCRIBE_REFUSALS = Set.of("not-found", "forbidden");
    /** Errors that refuse a send only for now: over a rate limit, or the command side not answering in time. */
    private static final Set<String> RETRIED = Set.of(ErrorFrame.RATE_LIMITED, ErrorFrame.UNAVAILABLE);

    private final ClientListener listener;
    private final Subscriptions subscriptions;
    private final ResumePositions positions;
    private final PendingSends sends;
    private final PendingPings pings;
    private final Retries retries;

    Inbound(ClientListener listener, Subscriptions subscriptions, ResumePositions positions, PendingSends sends,
            PendingPings pings, Retries retries) {
        this.listener = listener;
        this.subscriptions = subscriptions;
        this.positions = positions;
        this.sends = sends;
        this.pings = pings;
        this.retries = retries;
    }

    void handle(ServerFrame frame) {
        if (frame instanceof EventFrame event && event.event() != null) {
            event(event.event());
        } else if (frame instanceof SubscribedFrame subscribed && subscribed.conversationId() != null) {
            subscribed(subscribed);
        } else if (frame instanceof AckFrame ack) {
            sends.acked(ack);
        } else if (frame instanceof ErrorFrame error) {
            error(error);
        } else if (frame instanceof PongFrame pong) {
            pings.answered(pong);
        } else if (frame instanceof TypingFrame typing) {
            listener.onTyping(typing);
        } else if (frame instanceof PresenceFrame presence) {
            listener.onPresence(presence);
        }
    }

    private void event(EventEnvelope event) {
        ConversationId conversation = ConversationId.parse(event.conversationId());
        if (subscriptions.backfilling(conversation)) {
            subscriptions.holdBack(conversation, event);
        } else {
            deliver(conversation, event);
        }
    }

    private void subscribed(SubscribedFrame subscribed) {
        ConversationId conversation = subscribed.conversationId();
        subscriptions.backfillDone(conversation).forEach(event -> deliver(conversation, event));
        positions.accountedFor(conversation, subscribed.through());
        listener.onSubscribed(subscribed);
    }

    private void deliver(ConversationId conversation, EventEnvelope event) {
        if (positions.advance(conversation, event.sequence())) {
            listener.onEvent(event);
        }
    }

    private void error(ErrorFrame error) {
        if (RETRIED.contains(error.code()) && error.clientId() != null && sends.contains(error.clientId())) {
            Long seconds = error.retryAfterSeconds();
            retries.resendLater(error.clientId(),
                    seconds == null || seconds < 1 ? DEFAULT_PAUSE : Duration.ofSeconds(seconds));
            return;
        }
        if (sends.refused(error)) {
            return;
        }
        ConversationId conversation = error.conversationId();
        if (conversation != null && error.clientId() == null && SUBSCRIBE_REFUSALS.contains(error.code())
                && subscriptions.backfilling(conversation)) {
            subscriptions.remove(conversation);
        }
        listener.onError(error);
    }
}
