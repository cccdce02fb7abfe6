package io.lifeline.contracts.conversation;

/** A command to one conversation, so that edges can route or queue it by conversation. */
public interface ConversationCommand {
    ConversationId conversationId();
}
