package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/**
 * The visitor rated the resolved conversation (1 to 5, a comment or null); {@code assignee} is who
 * held it then (null if nobody). A later rating of the same resolution replaces this one.
 */
@Revision("1")
public record ConversationRated(ConversationId conversationId, int rating, MessageBody comment, StaffId assignee)
        implements ConversationEvent {}
