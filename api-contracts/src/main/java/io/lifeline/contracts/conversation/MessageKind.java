package io.lifeline.contracts.conversation;

/** What a message carries. SYSTEM messages are written by rules, never by people. */
public enum MessageKind {
    TEXT, IMAGE, VOICE, FILE, LOCATION, SYSTEM;

    public boolean needsAttachment() {
        return this == IMAGE || this == VOICE || this == FILE;
    }
}
