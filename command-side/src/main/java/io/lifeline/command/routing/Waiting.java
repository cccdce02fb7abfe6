package io.lifeline.command.routing;

import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.routing.RoutingTicket;
import java.util.Comparator;

/** A conversation in the queue, with the place it was given when it joined. */
record Waiting(ConversationId conversationId, RoutingTicket ticket, int queuedAt) {
    /** Urgent conversations first, then by arrival: FIFO within each of the two. */
    static final Comparator<Waiting> SERVING_ORDER = Comparator
            .comparing((Waiting waiting) -> waiting.ticket().priority() != Priority.URGENT)
            .thenComparingLong(waiting -> waiting.ticket().arrival());
}
