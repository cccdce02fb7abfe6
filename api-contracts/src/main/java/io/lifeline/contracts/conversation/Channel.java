package io.lifeline.contracts.conversation;

/** Where a conversation came from. */
public enum Channel {
    MOBILE, WIDGET, STAFF
}
