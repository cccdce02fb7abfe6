package io.lifeline.contracts.autoreply;

/** When an automated reply is written; each rule fires at most once per conversation. */
public enum AutoReplyTrigger {
    /** On the device's first message of a conversation. */
    GREETING,
    /** On a device's message matching the rule's pattern; of several matching, the lowest order wins. */
    KEYWORD,
    /** On a device's message written outside the rule's business hours. */
    AWAY,
    /** When the conversation waits in its team's queue because every agent is full or away; {@code {position}} in the text is its place. */
    BUSY
}
