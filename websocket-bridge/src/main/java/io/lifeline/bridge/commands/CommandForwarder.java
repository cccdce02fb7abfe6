package io.lifeline.bridge.commands;

import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.upstream.UpstreamRefusal;
import io.lifeline.bridge.upstream.UpstreamUnavailable;
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
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forwards a client's commands to the command side on the command channel: the frame and the caller
 * verified at the handshake, on {@link Topics#COMMANDS} keyed by conversation, answered on the
 * reply topic. Every rule (who may write where, idempotent client ids) is checked in one place, the
 * command side; no HTTP request or second token check per frame. Nothing here blocks the caller's
 * thread: each answer completes a future, a refusal as an {@link UpstreamRefusal} and no answer
 * in time (or a command side that failed) as an {@link UpstreamUnavailable}.
 */
@Component
public class CommandForwarder {
    private static final Logger log = LoggerFactory.getLogger(CommandForwarder.class);
    private final ReplyingKafkaTemplate<String, String, String> channel;
    private final JsonMapper json;

    CommandForwarder(ReplyingKafkaTemplate<String, String, String> channel, JsonMapper json) {
        this.channel = channel;
        this.json = json;
    }

    public CompletableFuture<AckFrame> send(Caller caller, SendFrame frame) {
        return forward(caller, frame).thenApply(reply -> ack(frame, reply.accepted()));
    }

    /**
     * Completes once the command side took a frame that answers nothing itself: a receipt or a rating
     * stored (the event shows it), a staff member's typing signal allowed; fails with the refusal.
     */
    public CompletableFuture<Void> decide(Caller caller, ClientFrame frame) {
        return forward(caller, frame).thenApply(reply -> null);
    }

    private CompletableFuture<ChannelReply> forward(Caller caller, ClientFrame frame) {
        var forwarded = new ForwardedFrame(caller.verified(), frame);
        var record = new ProducerRecord<>(Topics.COMMANDS, forwarded.conversationId().toString(),
                json.writeValueAsString(forwarded));
        CompletableFuture<ChannelReply> answered;
        try {
            answered = channel.sendAndReceive(record).thenApply(reply -> json.readValue(reply.value(), ChannelReply.class));
        } catch (RuntimeException notSent) {
            log.warn("could not forward a {} frame: {}", frame.getClass().getSimpleName(), notSent.toString());
            return CompletableFuture.failedFuture(new UpstreamUnavailable("could not forward the command", notSent));
        }
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

    private static AckFrame ack(SendFrame frame, MessageAccepted accepted) {
        return new AckFrame(frame.clientId(), frame.conversationId(), accepted.messageId(), accepted.sequence(),
                accepted.duplicate());
    }
}
