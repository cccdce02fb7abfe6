package io.lifeline.contracts.routing;

import io.lifeline.contracts.conversation.ConversationId;

/** A desk event about one conversation's seat or queue place. */
public sealed interface SeatEvent extends DeskEvent
        permits ConversationRouted, ConversationQueued, AssigneeRecorded, ConversationReleased {
    ConversationId conversationId();
}
