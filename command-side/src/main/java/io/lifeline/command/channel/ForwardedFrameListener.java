package io.lifeline.command.channel;

import io.lifeline.command.conversation.ConversationFrames;
import io.lifeline.command.identity.CallerActing;
import io.lifeline.contracts.channel.ChannelRefusal;
import io.lifeline.contracts.channel.ChannelReply;
import io.lifeline.contracts.channel.ForwardedFrame;
import io.lifeline.contracts.stream.Topics;
import io.lifeline.contracts.timing.ForwardedFrameTiming;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.SendTo;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out the frames bridges forward on {@link Topics#COMMANDS} and answers each on the reply
 * topic its bridge named, except a send that stored a new message, which its stored event answers.
 * The topic is keyed by conversation, so one consumer of one instance owns each conversation's
 * frames and runs them in order: no two instances race on a conversation, and its aggregate stays
 * warm in that instance's cache. A frame is redelivered after a crash or a rebalance; client ids and
 * forward-only receipts make running it again harmless. The caller was verified by the bridge at its
 * handshake; only bridges may write to this topic (Kafka ACLs where the broker is shared).
 */
@Component
class ForwardedFrameListener {
    private static final Logger log = LoggerFactory.getLogger(ForwardedFrameListener.class);
    private final ConversationFrames frames;
    private final CallerActing callers;
    private final JsonMapper json;
    private final Duration expiry;

    ForwardedFrameListener(ConversationFrames frames, CallerActing callers, JsonMapper json,
                           CommandChannelProperties properties) {
        this.frames = frames;
        this.callers = callers;
        this.json = json;
        this.expiry = properties.expiry();
    }

    /**
     * @return the reply's JSON, or null (no reply) for a frame its bridge no longer waits for and for a
     *         send that stored a new message: its event on the stream is the answer, which every
     *         bridge reads anyway, so a reply would only add two broker requests per message
     */
    @KafkaListener(id = "forwarded-frames", topics = Topics.COMMANDS, groupId = "lifeline-command-side",
            concurrency = "${lifeline.command-channel.consumers}")
    @SendTo
    String handle(ConsumerRecord<String, String> record) {
        long waited = System.currentTimeMillis() - record.timestamp();
        if (waited > expiry.toMillis()) {
            log.info("dropped a forwarded frame for conversation {} that waited {} ms, longer than its bridge waits",
                    record.key(), waited);
            return null;
        }
        var timing = ForwardedFrameTiming.start(record.key(), waited);
        ChannelReply reply = reply(record.value());
        timing.finish();
        return storedNewMessage(reply) ? null : json.writeValueAsString(reply);
    }

    private static boolean storedNewMessage(ChannelReply reply) {
        return reply.accepted() != null && !reply.accepted().duplicate();
    }

    ChannelReply reply(String value) {
        ForwardedFrame forwarded;
        try {
            forwarded = json.readValue(value, ForwardedFrame.class);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            log.warn("refused a forwarded frame that is not a ForwardedFrame: {}", unreadable.getClass().getSimpleName());
            return ChannelReply.refused(new ChannelRefusal(400, "invalid-request", "the frame is not valid", null));
        }
        try {
            return frames.handle(forwarded.frame(), callers.of(forwarded.caller()))
                    .map(ChannelReply::sent)
                    .orElseGet(ChannelReply::done);
        } catch (RuntimeException failure) {
            var refusal = ChannelRefusals.of(failure);
            if (refusal.unavailable()) {
                log.error("could not carry out a {} frame for {}", forwarded.frame().getClass().getSimpleName(),
                        forwarded.caller(), failure);
            }
            return ChannelReply.refused(refusal);
        }
    }
}
