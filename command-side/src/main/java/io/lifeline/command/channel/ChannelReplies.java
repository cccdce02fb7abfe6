package io.lifeline.command.channel;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Answers a forwarded frame on the reply topic its bridge named in the frame's headers, with the
 * frame's correlation id, as spring-kafka's request-reply template expects; keyed by conversation,
 * so one conversation's answers keep their order. Sent without waiting: a lost answer is a client's
 * timeout, and its resend under the same client id is answered from the store.
 */
@Component
class ChannelReplies {
    private static final Logger log = LoggerFactory.getLogger(ChannelReplies.class);
    private final KafkaTemplate<String, String> kafka;

    ChannelReplies(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    void send(ConsumerRecord<String, String> frame, String reply) {
        Header topic = frame.headers().lastHeader(KafkaHeaders.REPLY_TOPIC);
        if (topic == null) {
            log.warn("a forwarded frame for conversation {} names no reply topic; it is not answered", frame.key());
            return;
        }
        var record = new ProducerRecord<>(new String(topic.value(), StandardCharsets.UTF_8), frame.key(), reply);
        Header correlation = frame.headers().lastHeader(KafkaHeaders.CORRELATION_ID);
        if (correlation != null) {
            record.headers().add(KafkaHeaders.CORRELATION_ID, correlation.value());
        }
        kafka.send(record);
    }
}
