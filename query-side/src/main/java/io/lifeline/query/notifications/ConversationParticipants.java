package io.lifeline.query.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Who is on one conversation (assignee, joined staff), and the last event applied to it. */
@Entity
@Table(name = "notification_conversation")
class ConversationParticipants {
    @Id
    private String conversationId;
    private String assignee;
    // Comma-separated staff ids: a row stays comparable after a rebuild.
    private String joinedStaff;
    private long lastSequence;

    protected ConversationParticipants() {
        // for JPA
    }

    ConversationParticipants(String conversationId, long sequence) {
        this.conversationId = conversationId;
        this.joinedStaff = "";
        this.lastSequence = sequence;
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void applied(long sequence) {
        lastSequence = sequence;
    }

    String assignee() {
        return assignee;
    }

    void assignee(String assignee) {
        this.assignee = assignee;
    }

    List<String> joined() {
        return joinedStaff.isEmpty() ? List.of() : Arrays.asList(joinedStaff.split(","));
    }

    void join(String staff) {
        List<String> members = new ArrayList<>(joined());
        if (!members.contains(staff)) members.add(staff);
        joinedStaff = String.join(",", members);
    }

    void leave(String staff) {
        List<String> members = new ArrayList<>(joined());
        members.remove(staff);
        joinedStaff = String.join(",", members);
    }
}
