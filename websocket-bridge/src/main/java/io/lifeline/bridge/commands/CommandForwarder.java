package io.lifeline.bridge.commands;

import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.upstream.UpstreamRefusal;
import io.lifeline.bridge.upstream.UpstreamUnavailable;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.channel.ChannelReply;
import io.lifeline.contracts.channel.ForwardedFrame;
import io.lifeline.contracts.conversation.MessageAccepted;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.stream.Topics;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forwards a client's commands to the command side on the command channel: the frame and the caller
 * verified at the handshake, on {@link Topics#COMMANDS} keyed by conversation, answered on the
 * reply topic. Every rule (who may write where, idempotent client ids) is checked in one place, the
 * command side; no HTTP request or second token check per frame. A send that stores a new message
 * is answered by its event on the stream ({@link PendingSends}), every other outcome by a reply.
 * Nothing here blocks the caller's thread: each answer completes a future, a refusal as an
 * {@link UpstreamRefusal} and no answer in time (or a command side that failed) as an
 * {@link UpstreamUnavailable}.
 */
@Component
public class CommandForwarder {
    private static final Logger log = LoggerFactory.getLogger(CommandForwarder.class);
    private final CommandChannel channel;
    private final JsonMapper json;

    CommandForwarder(CommandChannel channel, JsonMapper json) {
        this.channel = channel;
        this.json = json;
    }

    /**
     * Completes with the ack once the message is stored (its event is on the stream) or the command
     * side answered that the client id was used before; fails with the refusal, or as unavailable
     * when neither came within the command timeout.
     */
    public CompletableFuture<AckFrame> send(Caller caller, SendFrame frame) {
        var key = new PendingSends.Key(frame.conversationId(), authorOf(caller), frame.clientId());
        return answered(frame, channel.forwardSend(record(caller, frame), key))
                .thenApply(reply -> ack(frame, reply.accepted()));
    }

    /**
     * Completes once the command side took a frame that answers nothing itself: a receipt or a rating
     * stored (the event shows it), a staff member's typing signal allowed; fails with the refusal.
     */
    public CompletableFuture<Void> decide(Caller caller, ClientFrame frame) {
        return forward(caller, frame).thenApply(reply -> null);
    }

    private CompletableFuture<ChannelReply> forward(Caller caller, ClientFrame frame) {
        CompletableFuture<ChannelReply> answered;
        try {
            answered = channel.sendAndReceive(record(caller, frame))
                    .thenApply(reply -> json.readValue(reply.value(), ChannelReply.class));
        } catch (RuntimeException notSent) {
            log.warn("could not forward a {} frame: {}", frame.getClass().getSimpleName(), notSent.toString());
            return CompletableFuture.failedFuture(new UpstreamUnavailable("could not forward the command", notSent));
        }
        return answered(frame, answered);
    }

    private ProducerRecord<String, String> record(Caller caller, ClientFrame frame) {
        var forwarded = new ForwardedFrame(caller.verified(), frame);
        return new ProducerRecord<>(Topics.COMMANDS, forwarded.conversationId().toString(), json.writeValueAsString(forwarded));
    }

    /** The reply's outcome: the reply itself, a refusal as {@link UpstreamRefusal}, anything else as unavailable. */
    private static CompletableFuture<ChannelReply> answered(ClientFrame frame, CompletableFuture<ChannelReply> answered) {
        return answered.handle((reply, failure) -> {
            if (failure != null) {
                log.warn("no answer to a {} frame: {}", frame.getClass().getSimpleName(), failure.toString());
                throw new UpstreamUnavailable("no answer from the command side", failure);
            }
            if (reply.refusal() == null) {
                return reply;
            }
            if (reply.refusal().unavailable()) {
                throw new UpstreamUnavailable("the command side could not carry out the command", null);
            }
            throw new UpstreamRefusal(reply.refusal().status(), reply.refusal().code(), reply.refusal().detail(),
                    reply.refusal().retryAfterSeconds());
        });
    }

    /** The caller as a message it sends names its author; null for a caller that can author nothing (its send is refused). */
    private static Actor authorOf(Caller caller) {
        try {
            return caller.verified().actor();
        } catch (IllegalArgumentException noAuthor) {
            return null;
        }
    }

    private static AckFrame ack(SendFrame frame, MessageAccepted accepted) {
        return new AckFrame(frame.clientId(), frame.conversationId(), accepted.messageId(), accepted.sequence(),
                accepted.duplicate());
    }
}
