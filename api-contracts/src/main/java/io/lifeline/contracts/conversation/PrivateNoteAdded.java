package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** A staff member wrote a note that only staff can see. */
@Revision("1")
public record PrivateNoteAdded(ConversationId conversationId, MessageId noteId, StaffId author, MessageBody body) implements ConversationEvent {}
