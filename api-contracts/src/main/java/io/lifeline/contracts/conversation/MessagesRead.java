package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.Actor;
import org.axonframework.serialization.Revision;

/** A participant read every message up to a sequence number. */
@Revision("1")
public record MessagesRead(ConversationId conversationId, Actor participant, long upToSequence) implements ConversationEvent {}
