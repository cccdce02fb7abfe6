package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.Actor;
import org.axonframework.serialization.Revision;

/** A participant's client received every message up to a sequence number. */
@Revision("1")
public record MessagesDelivered(ConversationId conversationId, Actor participant, long upToSequence) implements ConversationEvent {}
