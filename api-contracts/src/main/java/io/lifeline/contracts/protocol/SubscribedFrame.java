package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ConversationId;

/**
 * The gap of a subscription has been sent: every event up to {@code through} is accounted for
 * (sent, or not for this client's eyes) and live events follow.
 */
public record SubscribedFrame(ConversationId conversationId, long through) implements ServerFrame {}
