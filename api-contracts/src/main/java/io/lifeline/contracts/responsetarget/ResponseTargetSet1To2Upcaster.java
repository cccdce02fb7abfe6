package io.lifeline.contracts.responsetarget;

import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a {@link ResponseTargetSet} of revision 1 (every target counted calendar time) as revision 2
 * with {@code "businessHours": null}. The stored JSON is a flat object written by the serializer, so
 * the field is added before its closing brace without parsing it.
 */
public final class ResponseTargetSet1To2Upcaster extends SingleEventUpcaster {
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ResponseTargetSet.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ResponseTargetSet.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, byte[].class, ResponseTargetSet1To2Upcaster::addBusinessHours);
    }

    static byte[] addBusinessHours(byte[] revision1) {
        String json = new String(revision1, StandardCharsets.UTF_8).strip();
        int end = json.lastIndexOf('}');
        return (json.substring(0, end) + ",\"businessHours\":null}").getBytes(StandardCharsets.UTF_8);
    }
}
