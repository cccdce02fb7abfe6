package io.lifeline.contracts.conversation;

/** Everything that can happen to one conversation; each is a fact in the past tense. */
public sealed interface ConversationEvent
        permits AnswerDeadlineMissed, ConversationClosed, ConversationReopened, ConversationResolved, ConversationSnoozed, ConversationStarted, LabelAdded, LabelRemoved, MessageSent, MessagesDelivered, MessagesRead, PriorityChanged, PrivateNoteAdded, ConversationRated, ResponseClockStarted, ResponseTargetMissed, StaffAssigned, StaffJoined, StaffLeft, StaffUnassigned {
    ConversationId conversationId();
}
