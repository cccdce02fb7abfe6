package io.lifeline.contracts.conversation;

/** Why a conversation got its assignee. */
public enum AssignmentReason {
    MANUAL, AUTO, TRANSFER
}
