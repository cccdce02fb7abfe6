package io.lifeline.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.ServerFrame;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frames to and from JSON. Absent values are left out of what the client writes, as a browser client
 * would write them. Reading is lenient on purpose: a newer bridge may add fields and frame types,
 * and may leave out a number, so unknown fields are ignored, unknown types are skipped and a missing
 * number reads as 0 (Jackson 3 refuses all three by default).
 */
final class FrameCodec {
    private static final System.Logger LOG = System.getLogger(FrameCodec.class.getName());

    private final ObjectWriter writer;
    private final ObjectReader reader;

    FrameCodec() {
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        writer = json.writerFor(ClientFrame.class);
        reader = json.readerFor(ServerFrame.class);
    }

    String encode(ClientFrame frame) {
        return writer.writeValueAsString(frame);
    }

    /** The frame, or empty when the text is no frame this client knows (logged, then skipped). */
    Optional<ServerFrame> decode(String text) {
        try {
            ServerFrame frame = reader.readValue(text);
            if (frame == null) {
                LOG.log(System.Logger.Level.DEBUG, "skipping a frame of an unknown type");
            }
            return Optional.ofNullable(frame);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            LOG.log(System.Logger.Level.WARNING, "skipping a frame that could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }
}
