package io.lifeline.bridge.websocket;

import io.lifeline.bridge.commands.CommandForwarder;
import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.receipts.ReceiptCoalescer;
import io.lifeline.support.ratelimit.RateLimited;
import io.lifeline.support.ratelimit.RateLimiter;
import io.lifeline.bridge.signals.Presence;
import io.lifeline.bridge.signals.SignalRelay;
import io.lifeline.bridge.subscription.Subscriptions;
import io.lifeline.bridge.upstream.UpstreamRefusal;
import io.lifeline.bridge.upstream.UpstreamUnavailable;
import io.lifeline.contracts.channel.ForwardedFrame;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.ErrorFrame;
import io.lifeline.contracts.protocol.PingFrame;
import io.lifeline.contracts.protocol.PongFrame;
import io.lifeline.contracts.protocol.RateFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.protocol.ServerFrame;
import io.lifeline.contracts.protocol.SubscribeFrame;
import io.lifeline.contracts.protocol.SubscribeInboxFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import io.lifeline.contracts.protocol.UnsubscribeFrame;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one client frame and does what it asks, answering on the same connection. Every frame is
 * authorised on its own: subscriptions by the query side, commands by the command side (answered
 * when its answer comes back on the command channel, without holding this thread), typing
 * only in a conversation the connection already sees (and, for staff, takes part in, which the
 * command side decides), the inbox stream only for staff. Receipts are held briefly and coalesced
 * before they go to the command side, so their errors arrive a little later. Every frame
 * counts against the caller's and its address's rate limits; one over them is dropped with a
 * {@code rate-limited} error that says when to retry. A bad or dropped frame gets an error frame
 * and the connection stays open.
 */
@Component
class ClientFrameDispatcher {
    private static final Logger log = LoggerFactory.getLogger(ClientFrameDispatcher.class);
    private final Subscriptions subscriptions;
    private final CommandForwarder commands;
    private final ReceiptCoalescer receipts;
    private final SignalRelay signals;
    private final Presence presence;
    private final RateLimiter limits;
    private final JsonMapper json;

    ClientFrameDispatcher(Subscriptions subscriptions, CommandForwarder commands, ReceiptCoalescer receipts,
                          SignalRelay signals, Presence presence, RateLimiter limits, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.commands = commands;
        this.receipts = receipts;
        this.signals = signals;
        this.presence = presence;
        this.limits = limits;
        this.json = json;
    }

    void handle(Connection connection, String text) {
        ClientFrame frame;
        RuntimeException unreadable = null;
        try {
            frame = json.readValue(text, ClientFrame.class);
        } catch (RuntimeException e) {
            frame = null;
            unreadable = e;
        }
        // Read first, so a dropped send names its client id and the client can match and resend it.
        if (overLimit(connection, frame)) {
            return;
        }
        if (unreadable != null) {
            reply(connection, ErrorFrame.of("invalid-frame", InvalidFrames.describe(unreadable)));
            return;
        }
        try {
            dispatch(connection, frame);
        } catch (UpstreamRefusal | UpstreamUnavailable failure) {
            replyFailure(connection, frame, failure);
        }
    }

    /** A command's answer arrives later, on the command channel's thread: the next frame need not wait for it. */
    private void answerWhenDone(Connection connection, ClientFrame frame, CompletableFuture<? extends ServerFrame> answer) {
        answer.whenComplete((reply, failure) -> {
            if (failure != null) {
                replyFailure(connection, frame, failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
            } else if (reply != null) {
                reply(connection, reply);
            }
        });
    }

    private void replyFailure(Connection connection, ClientFrame frame, Throwable failure) {
        if (failure instanceof UpstreamRefusal refusal) {
            reply(connection, new ErrorFrame(refusal.code(), refusal.getMessage(), conversationOf(frame), clientIdOf(frame),
                    refusal.retryAfterSeconds()));
        } else {
            if (!(failure instanceof UpstreamUnavailable)) {
                log.warn("a {} frame failed unexpectedly", frame.getClass().getSimpleName(), failure);
            }
            reply(connection, new ErrorFrame(ErrorFrame.UNAVAILABLE, "try again: the service is not reachable now",
                    conversationOf(frame), clientIdOf(frame)));
        }
    }

    /** A binary frame is no frame of the protocol: answered like an unreadable one, and counted like one. */
    void handleBinary(Connection connection) {
        if (!overLimit(connection, null)) {
            reply(connection, ErrorFrame.of("invalid-frame",
                    "binary frames are not part of the protocol: send each frame as a JSON text frame"));
        }
    }

    private boolean overLimit(Connection connection, ClientFrame frame) {
        Optional<RateLimited> limited = limit(connection.caller());
        if (limited.isEmpty()) {
            return false;
        }
        RateLimited refused = limited.get();
        reply(connection, ErrorFrame.rateLimited("too many frames from this "
                        + ("staff".equals(refused.scope()) ? "staff member" : refused.scope()) + "; try again in "
                        + refused.retryAfterSeconds() + " s", refused.retryAfterSeconds(), anyConversationOf(frame),
                clientIdOf(frame)));
        return true;
    }

    private Optional<RateLimited> limit(Caller caller) {
        return limits.acquireForAddress(caller.address())
                .or(() -> limits.acquireForPrincipal(caller.kind(), caller.subject()));
    }

    private void dispatch(Connection connection, ClientFrame frame) {
        if (frame instanceof SubscribeFrame subscribe) {
            subscriptions.subscribe(connection, subscribe.conversationId(), subscribe.after());
        } else if (frame instanceof UnsubscribeFrame unsubscribe) {
            subscriptions.unsubscribe(connection, unsubscribe.conversationId());
        } else if (frame instanceof SubscribeInboxFrame) {
            if (!connection.caller().isStaff()) {
                reply(connection, ErrorFrame.of("forbidden", "only staff have an inbox"));
                return;
            }
            subscriptions.subscribeInbox(connection);
            connection.send(presence.frame());
        } else if (frame instanceof SendFrame send) {
            answerWhenDone(connection, frame, commands.send(connection.caller(), send));
        } else if (frame instanceof TypingFrame typing) {
            if (!subscriptions.sees(connection, typing.conversationId())) {
                reply(connection, new ErrorFrame("not-found", "subscribe to the conversation first",
                        typing.conversationId(), null));
                return;
            }
            if (connection.caller().isStaff()) { // staff see every conversation but signal only where they take part
                answerWhenDone(connection, frame, commands.decide(connection.caller(), typing)
                        .thenApply(maySignal -> {
                            signals.typing(connection, typing.conversationId(), typing.typing());
                            return null;
                        }));
            } else {
                signals.typing(connection, typing.conversationId(), typing.typing());
            }
        } else if (frame instanceof DeliveredFrame delivered) {
            receipts.delivered(connection, delivered);
        } else if (frame instanceof ReadFrame read) {
            receipts.read(connection, read);
        } else if (frame instanceof RateFrame rate) {
            // The stored rating, an event on the conversation, is the answer.
            answerWhenDone(connection, frame, commands.decide(connection.caller(), rate).<ServerFrame>thenApply(taken -> null));
        } else if (frame instanceof PingFrame ping) {
            reply(connection, new PongFrame(ping.ref()));
        }
    }

    private void reply(Connection connection, ServerFrame frame) {
        connection.send(json.writeValueAsString(frame));
    }

    private static ConversationId conversationOf(ClientFrame frame) {
        return frame == null ? null : ForwardedFrame.conversationOf(frame).orElse(null);
    }

    /** For a dropped frame: which conversation it was about, whatever its kind. */
    private static ConversationId anyConversationOf(ClientFrame frame) {
        if (frame instanceof SubscribeFrame subscribe) {
            return subscribe.conversationId();
        } else if (frame instanceof UnsubscribeFrame unsubscribe) {
            return unsubscribe.conversationId();
        }
        return conversationOf(frame);
    }

    private static ClientMessageId clientIdOf(ClientFrame frame) {
        return frame instanceof SendFrame send ? send.clientId() : null;
    }
}
