package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** The agent the desk assigned did not answer within the set time, so the conversation is routed anew. */
@Revision("1")
public record AnswerDeadlineMissed(ConversationId conversationId, StaffId assignee) implements ConversationEvent {}
