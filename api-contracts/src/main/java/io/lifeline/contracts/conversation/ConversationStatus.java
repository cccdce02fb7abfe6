package io.lifeline.contracts.conversation;

/** Where a conversation stands. CLOSED is terminal; RESOLVED reopens when the device writes again. */
public enum ConversationStatus {
    OPEN, SNOOZED, RESOLVED, CLOSED
}
