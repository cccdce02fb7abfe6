package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.Actor;
import org.axonframework.serialization.Revision;

/** A participant added a message to the conversation. */
@Revision("1")
public record MessageSent(ConversationId conversationId, MessageId messageId, ClientMessageId clientMessageId, Actor author, MessageContent content, MessageId replyTo, boolean urgent) implements ConversationEvent {}
