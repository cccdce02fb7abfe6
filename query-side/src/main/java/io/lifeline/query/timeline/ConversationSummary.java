package io.lifeline.query.timeline;

import io.lifeline.contracts.conversation.Location;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Where one conversation stands now, as the console header shows it. */
@Entity
@Table(name = "timeline_conversation")
class ConversationSummary {
    @Id
    private String conversationId;
    private String deviceId;
    private String status;
    private String priority;
    private String assignee;
    // Comma-separated (staff ids and labels contain no commas): a row stays comparable after a rebuild.
    private String participants;
    private String labels;
    private String subject;
    private String channel;
    private String contextKind;
    private String contextReference;
    // Where the device was when it started the conversation; null when it sent no location.
    private Double latitude;
    private Double longitude;
    private Double accuracyMeters;
    private Instant createdAt;
    private long lastSequence;

    protected ConversationSummary() {
        // for JPA
    }

    ConversationSummary(String conversationId, String deviceId, String priority, String subject, String channel,
                        String contextKind, String contextReference, Location location, Instant createdAt,
                        long sequence) {
        this.conversationId = conversationId;
        this.deviceId = deviceId;
        this.status = "OPEN";
        this.priority = priority;
        this.participants = "";
        this.labels = "";
        this.subject = subject;
        this.channel = channel;
        this.contextKind = contextKind;
        this.contextReference = contextReference;
        if (location != null) {
            this.latitude = location.latitude();
            this.longitude = location.longitude();
            this.accuracyMeters = location.accuracyMeters();
        }
        this.createdAt = createdAt;
        this.lastSequence = sequence;
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void applied(long sequence) {
        lastSequence = sequence;
    }

    boolean ownedBy(String device) {
        return deviceId.equals(device);
    }

    void status(String status) {
        this.status = status;
    }

    void priority(String priority) {
        this.priority = priority;
    }

    void assignee(String assignee) {
        this.assignee = assignee;
    }

    String assignee() {
        return assignee;
    }

    void join(String staff) {
        participants = add(participants, staff);
    }

    void leave(String staff) {
        participants = remove(participants, staff);
    }

    void label(String label) {
        labels = add(labels, label);
    }

    void unlabel(String label) {
        labels = remove(labels, label);
    }

    ConversationSummaryView toView() {
        return new ConversationSummaryView(UUID.fromString(conversationId), deviceId, status, priority, assignee,
                split(participants), split(labels), subject, channel, contextKind, contextReference, latitude, longitude,
                accuracyMeters, createdAt, lastSequence);
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    private static String add(String list, String item) {
        List<String> items = new ArrayList<>(split(list));
        if (!items.contains(item)) items.add(item);
        return String.join(",", items);
    }

    private static String remove(String list, String item) {
        List<String> items = new ArrayList<>(split(list));
        items.remove(item);
        return String.join(",", items);
    }
}
