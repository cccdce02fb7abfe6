package io.lifeline.bridge.commands;

import io.lifeline.contracts.channel.ChannelReply;
import io.lifeline.contracts.stream.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.GenericMessageListenerContainer;
import org.springframework.kafka.requestreply.CorrelationKey;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bridge's end of the command channel: spring-kafka's request-reply template on the shared reply
 * topic, which also forwards sends that may get no reply at all. A send that stores a new message is
 * answered by its event ({@link PendingSends}), so it is produced without one of the template's own
 * waiting futures, whose expiry would log a warning for every stored message; the replies the command
 * side still sends for a send (a repeated client id, a refusal) go to {@link PendingSends}, every
 * other reply to the template.
 */
public class CommandChannel extends ReplyingKafkaTemplate<String, String, String> {
    private static final Logger log = LoggerFactory.getLogger(CommandChannel.class);
    private static final byte[] REPLY_TOPIC = Topics.COMMAND_REPLIES.getBytes(StandardCharsets.UTF_8);
    private final CorrelationKeys keys = new CorrelationKeys();
    private final PendingSends sends;
    private final JsonMapper json;

    public CommandChannel(ProducerFactory<String, String> producers, GenericMessageListenerContainer<String, String> replies,
                          PendingSends sends, JsonMapper json) {
        super(producers, replies);
        this.sends = sends;
        this.json = json;
        setSharedReplyTopic(true);
        setCorrelationIdStrategy(keys);
    }

    /** Forwards a send; its answer is its stored message or a reply, and fails when it cannot be produced. */
    CompletableFuture<ChannelReply> forwardSend(ProducerRecord<String, String> record, PendingSends.Key key) {
        CorrelationKey correlation = keys.apply(record);
        CompletableFuture<ChannelReply> answer = sends.await(key, correlation);
        record.headers().add(KafkaHeaders.REPLY_TOPIC, REPLY_TOPIC);
        record.headers().add(KafkaHeaders.CORRELATION_ID, correlation.getCorrelationId());
        try {
            send(record).whenComplete((produced, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException notSent) {
            answer.completeExceptionally(notSent);
        }
        return answer;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, String>> replies) {
        List<ConsumerRecord<String, String>> others = new ArrayList<>(replies.size());
        for (ConsumerRecord<String, String> reply : replies) {
            Header header = reply.headers().lastHeader(KafkaHeaders.CORRELATION_ID);
            CorrelationKey correlation = header == null ? null : new CorrelationKey(header.value());
            if (correlation != null && sends.awaitsReply(correlation)) {
                answer(correlation, reply.value());
            } else {
                others.add(reply);
            }
        }
        if (!others.isEmpty()) {
            super.onMessage(others);
        }
    }

    private void answer(CorrelationKey correlation, String reply) {
        try {
            sends.replied(correlation, json.readValue(reply, ChannelReply.class));
        } catch (RuntimeException unreadable) { // the send times out, and the client resends it
            log.warn("could not read a reply to a send: {}", unreadable.toString());
        }
    }
}
