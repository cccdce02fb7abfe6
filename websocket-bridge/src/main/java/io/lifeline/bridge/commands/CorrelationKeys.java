package io.lifeline.bridge.commands;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.requestreply.CorrelationKey;

/**
 * Matches each command's answer to the command: this bridge's random 64-bit prefix, drawn once, and a
 * counter. The reply topic is shared by every bridge, so the prefix keeps keys apart across bridges;
 * the counter keeps them apart within one without the lock of {@code UUID.randomUUID()} (the
 * template's default), which every sending thread of the JVM waited on in a profile.
 */
public final class CorrelationKeys implements Function<ProducerRecord<String, String>, CorrelationKey> {
    private final long prefix = new SecureRandom().nextLong();
    private final AtomicLong counter = new AtomicLong();

    @Override
    public CorrelationKey apply(ProducerRecord<String, String> record) {
        return new CorrelationKey(ByteBuffer.allocate(16).putLong(prefix).putLong(counter.incrementAndGet()).array());
    }
}
