package io.lifeline.contracts.protocol;

/**
 * Staff only: every live event of every conversation, so an inbox sees new conversations,
 * assignments and messages as they happen (its state comes from the query side's inbox).
 */
public record SubscribeInboxFrame() implements ClientFrame {}
