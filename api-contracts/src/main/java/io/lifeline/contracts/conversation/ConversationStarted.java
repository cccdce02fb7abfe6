package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import org.axonframework.serialization.Revision;

/** A conversation was opened for a device, by that device or by staff. */
@Revision("1")
public record ConversationStarted(ConversationId conversationId, DeviceId device, Channel channel, String subject, ConversationContext context, Priority priority, Location location, Actor startedBy) implements ConversationEvent {}
