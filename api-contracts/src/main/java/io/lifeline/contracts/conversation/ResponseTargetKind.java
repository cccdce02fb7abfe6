package io.lifeline.contracts.conversation;

/** What a response target times. */
public enum ResponseTargetKind {
    /** From a device starting the conversation to the first staff message. */
    FIRST_RESPONSE,
    /** From a device's message after staff answered to the next staff message. */
    NEXT_RESPONSE,
    /** From the start (or a reopening) to the conversation being resolved or closed. */
    RESOLUTION
}
