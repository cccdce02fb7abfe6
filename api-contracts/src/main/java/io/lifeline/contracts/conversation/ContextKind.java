package io.lifeline.contracts.conversation;

/** What kind of business matter a conversation is about. */
public enum ContextKind {
    SUPPORT, EMERGENCY, REQUEST, JOB, BID, GENERAL
}
