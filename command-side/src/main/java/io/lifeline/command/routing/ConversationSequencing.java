package io.lifeline.command.routing;

import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.routing.SeatEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * The process manager sees each conversation's events, its own and the desk's about it, in store
 * order; different conversations go in parallel. Other events keep their aggregate's order.
 */
class ConversationSequencing implements SequencingPolicy<EventMessage<?>> {
    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof ConversationEvent conversation) {
            return conversation.conversationId();
        }
        if (payload instanceof SeatEvent seat) {
            return seat.conversationId();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
