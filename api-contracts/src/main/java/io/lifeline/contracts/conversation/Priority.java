package io.lifeline.contracts.conversation;

/** How soon staff should attend to a conversation, lowest first. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
