package io.lifeline.query.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation's header: who it belongs to, where it stands, who is on it, and its last sequence.
 * {@code latitude}, {@code longitude} and {@code accuracyMeters} are where the device was when it
 * started the conversation (null when it sent no location).
 */
record ConversationSummaryView(UUID id, String device, String status, String priority, String assignee,
                               List<String> participants, List<String> labels, String subject, String channel,
                               String contextKind, String contextReference, Double latitude, Double longitude,
                               Double accuracyMeters, Instant createdAt, long lastSequence)  {
    /**
     * What the conversation's own device may see: no assignee, staff participants, labels or
     * priority. The start location stays: it is the device's own.
     */
    ConversationSummaryView forDevice() {
        return new ConversationSummaryView(id, device, status, null, null, List.of(), List.of(), subject, channel,
                contextKind, contextReference, latitude, longitude, accuracyMeters, createdAt, lastSequence);
    }
}
