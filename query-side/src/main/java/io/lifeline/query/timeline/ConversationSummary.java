package io.lifeline.query.timeline;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Where one conversation stands now, as the console header shows it. {@code participants} and
 * {@code labels} are stored comma-separated (staff ids and labels contain no commas), so a row
 * stays comparable after a rebuild.
 */
record ConversationSummary(String conversationId, String deviceId, String status, String priority, String assignee,
                           String participants, String labels, String subject, String channel, String contextKind,
                           String contextReference, Double latitude, Double longitude, Double accuracyMeters,
                           Instant createdAt, long lastSequence) {

    boolean ownedBy(String device) {
        return deviceId.equals(device);
    }

    ConversationSummaryView toView() {
        return new ConversationSummaryView(UUID.fromString(conversationId), deviceId, status, priority, assignee,
                split(participants), split(labels), subject, channel, contextKind, contextReference, latitude, longitude,
                accuracyMeters, createdAt, lastSequence);
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }
}
