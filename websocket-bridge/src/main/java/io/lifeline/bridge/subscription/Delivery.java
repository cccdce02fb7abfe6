package io.lifeline.bridge.subscription;

import io.lifeline.contracts.stream.DeviceVisibility;
import io.lifeline.contracts.stream.EventEnvelope;

/** One event and its event frame, written to JSON once for every connection that receives it. */
record Delivery(EventEnvelope envelope, String frame) {
    long sequence() {
        return envelope.sequence();
    }

    boolean visibleTo(boolean staff) {
        return staff || DeviceVisibility.deviceSees(envelope.type());
    }
}
