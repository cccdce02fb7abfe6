package io.lifeline.query.processors;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the whole cluster knows of a processor, read from the shared token store: each segment, the
 * instance that owns it (a claim is live while its owner renews it) and the position its token has
 * reached. Read without claiming anything, so every instance answers alike, owner or not.
 */
@Component
class SegmentClaims {
    /** Axon's default claim timeout: a claim not renewed for this long is free for another instance. */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    private final JdbcClient jdbc;
    private final Serializer serializer;

    SegmentClaims(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One segment of a processor as the token store shows it; {@code owner} is null when no live claim holds it. */
    record Segment(int segment, String owner, Instant claimedAt, long position, boolean replaying) {}

    List<Segment> of(String processor) {
        Instant now = Instant.now();
        return jdbc.sql("SELECT segment, token, tokentype, timestamp, owner FROM read_model.tokenentry WHERE processorname = :name "
                        + "ORDER BY segment")
                .param("name", processor)
                .query((rs, row) -> {
                    TrackingToken token = token(rs.getBytes("token"), rs.getString("tokentype"));
                    Instant claimedAt = instant(rs.getString("timestamp"));
                    String owner = rs.getString("owner");
                    boolean live = owner != null && claimedAt != null && claimedAt.plus(CLAIM_TIMEOUT).isAfter(now);
                    long position = token == null ? -1 : token.position().orElse(-1);
                    return new Segment(rs.getInt("segment"), live ? owner : null, claimedAt, position,
                            token instanceof ReplayToken);
                })
                .list();
    }

    private TrackingToken token(byte[] data, String type) {
        if (data == null || type == null) {
            return null; // a segment that has not handled any event yet
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
