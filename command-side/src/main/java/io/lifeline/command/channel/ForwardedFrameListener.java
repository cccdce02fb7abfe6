package io.lifeline.command.channel;

import io.lifeline.command.conversation.ConversationFrames;
import io.lifeline.command.identity.CallerActing;
import io.lifeline.contracts.channel.ChannelRefusal;
import io.lifeline.contracts.channel.ChannelReply;
import io.lifeline.contracts.channel.ForwardedFrame;
import io.lifeline.contracts.stream.Topics;
import io.lifeline.contracts.timing.ForwardedFrameTiming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out the frames bridges forward on {@link Topics#COMMANDS} and answers each on the reply
 * topic its bridge named, except a send that stored a new message, which its stored event answers.
 * The topic is keyed by conversation, so one consumer of one instance owns each conversation's
 * frames and runs them in order: no two instances race on a conversation, and its aggregate stays
 * warm in that instance's cache. The frames of one poll are carried out together with one commit
 * ({@link FramesInOneCommit}), or one by one when that is refused. A frame is redelivered after a
 * crash or a rebalance; client ids and forward-only receipts make running it again harmless. The
 * caller was verified by the bridge at its handshake; only bridges may write to this topic (Kafka
 * ACLs where the broker is shared).
 */
@Component
class ForwardedFrameListener {
    private static final Logger log = LoggerFactory.getLogger(ForwardedFrameListener.class);
    private final ConversationFrames frames;
    private final CallerActing callers;
    private final FramesInOneCommit together;
    private final ChannelReplies replies;
    private final JsonMapper json;
    private final Duration expiry;

    ForwardedFrameListener(ConversationFrames frames, CallerActing callers, FramesInOneCommit together,
                           ChannelReplies replies, JsonMapper json, CommandChannelProperties properties) {
        this.frames = frames;
        this.callers = callers;
        this.together = together;
        this.replies = replies;
        this.json = json;
        this.expiry = properties.expiry();
    }

    /**
     * Answers every frame taken except one its bridge no longer waits for and a send that stored a
     * new message: its event on the stream is the answer, which every bridge reads anyway, so a reply
     * would only add two broker requests per message.
     */
    @KafkaListener(id = "forwarded-frames", topics = Topics.COMMANDS, groupId = "lifeline-command-side",
            concurrency = "${lifeline.command-channel.consumers}", batch = "true",
            properties = "max.poll.records=${lifeline.command-channel.max-batch}")
    void handle(List<ConsumerRecord<String, String>> records) {
        List<Taken> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            long waited = System.currentTimeMillis() - record.timestamp();
            if (waited > expiry.toMillis()) {
                log.info("dropped a forwarded frame for conversation {} that waited {} ms, longer than its bridge waits",
                        record.key(), waited);
                continue;
            }
            var taken = new Taken(record, ForwardedFrameTiming.start(record.key(), waited), read(record.value()));
            if (taken.forwarded() == null) {
                answer(taken, ChannelReply.refused(new ChannelRefusal(400, "invalid-request", "the frame is not valid", null)), 1);
            } else {
                readable.add(taken);
            }
        }
        carryOut(readable);
    }

    private void carryOut(List<Taken> readable) {
        if (readable.size() > 1) {
            var kept = together.carryOut(readable.stream().map(Taken::forwarded).toList());
            if (kept.isPresent()) {
                for (int i = 0; i < readable.size(); i++) {
                    answer(readable.get(i), kept.get().get(i), readable.size());
                }
                return;
            }
        }
        for (Taken frame : readable) {
            answer(frame, reply(frame.forwarded()), 1);
        }
    }

    private void answer(Taken frame, ChannelReply reply, int framesInCommit) {
        frame.timing().finish(framesInCommit);
        if (!storedNewMessage(reply)) {
            replies.send(frame.record(), json.writeValueAsString(reply));
        }
    }

    private static boolean storedNewMessage(ChannelReply reply) {
        return reply.accepted() != null && !reply.accepted().duplicate();
    }

    private ForwardedFrame read(String value) {
        try {
            return json.readValue(value, ForwardedFrame.class);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            log.warn("refused a forwarded frame that is not a ForwardedFrame: {}", unreadable.getClass().getSimpleName());
            return null;
        }
    }

    /** One frame carried out alone, in its own unit of work and transaction; a refusal is its answer. */
    private ChannelReply reply(ForwardedFrame forwarded) {
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

    /** A frame taken from the topic, its timing begun, and what it carries (null when unreadable). */
    private record Taken(ConsumerRecord<String, String> record, ForwardedFrameTiming timing, ForwardedFrame forwarded) {
    }
}
