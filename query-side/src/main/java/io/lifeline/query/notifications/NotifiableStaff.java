package io.lifeline.query.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff member as the staff events describe them at this point of the history. */
@Entity
@Table(name = "notification_staff")
class NotifiableStaff {
    @Id
    private String staffId;
    private String username;
    private String role;
    private boolean active;
    private long lastSequence;

    protected NotifiableStaff() {
        // for JPA
    }

    NotifiableStaff(String staffId, String username, String role, long sequence) {
        this.staffId = staffId;
        this.username = username;
        this.role = role;
        this.active = true;
        this.lastSequence = sequence;
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void role(String role, long sequence) {
        this.role = role;
        this.lastSequence = sequence;
    }

    void deactivate(long sequence) {
        this.active = false;
        this.lastSequence = sequence;
    }

    String staffId() {
        return staffId;
    }

    boolean active() {
        return active;
    }
}
