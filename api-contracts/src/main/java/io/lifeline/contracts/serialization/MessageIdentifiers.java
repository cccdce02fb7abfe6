package io.lifeline.contracts.serialization;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.common.IdentifierFactory;

/**
 * The identifiers Axon gives every message it creates (commands, events, results, several per sent
 * message), registered through {@code META-INF/services}. Axon's default takes them from
 * {@code UUID.randomUUID()}, whose one {@code SecureRandom} every thread of the JVM locks: in a
 * profile of the send path, command, projection and bridge threads waited on it for seconds a
 * minute. These identifiers must be unique, not secret, so each thread draws a random (version 4)
 * UUID from its own generator instead. Ids a client could guess and use (conversations, messages)
 * still come from {@code UUID.randomUUID()}.
 */
public final class MessageIdentifiers extends IdentifierFactory {
    @Override
    public String generateIdentifier() {
        var random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(high, low).toString();
    }
}
