package io.lifeline.command.identity;

import io.lifeline.contracts.conversation.ConversationCommand;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.StartConversation;
import io.lifeline.contracts.staff.ChangeStaffPassword;
import io.lifeline.contracts.staff.ChangeStaffRole;
import io.lifeline.contracts.staff.DeactivateStaff;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of an actor and waits for its result; refusals come back as thrown.
 * Commands to one conversation take turns (see {@link ConversationTurns}). A command to a
 * conversation (or staff member) that does not exist is refused before dispatch, because Axon's repository logs
 * every failed load as a warning with its stack trace, and an unknown id is an everyday answer.
 */
@Component
public class ActingGateway {
    private final CommandGateway gateway;
    private final ConversationTurns turns;
    private final Cache conversations;
    private final EventStore events;

    ActingGateway(CommandGateway gateway, ConversationTurns turns, @Qualifier("conversationCache") Cache conversations,
                  EventStore events) {
        this.gateway = gateway;
        this.turns = turns;
        this.conversations = conversations;
        this.events = events;
    }

    public <R> R send(Object command, Acting acting) {
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(acting.toMetaData());
        if (command instanceof ConversationCommand toConversation && !(command instanceof StartConversation)) {
            requireStarted(toConversation.conversationId());
            return turns.inTurn(toConversation.conversationId(), () -> gateway.sendAndWait(message));
        }
        if (command instanceof ChangeStaffRole role) {
            requireStored(role.staffId().toString());
        } else if (command instanceof DeactivateStaff deactivation) {
            requireStored(deactivation.staffId().toString());
        } else if (command instanceof ChangeStaffPassword password) {
            requireStored(password.staffId().toString());
        }
        return gateway.sendAndWait(message);
    }

    /** Answered as a failed load is (404 conversation-not-found), without the load or its logged stack trace. */
    private void requireStarted(ConversationId id) {
        if (!conversations.containsKey(id.toString())) { // a cached conversation exists
            requireStored(id.toString());
        }
    }

    private void requireStored(String aggregate) {
        if (events.lastSequenceNumberFor(aggregate).isEmpty()) {
            throw new AggregateNotFoundException(aggregate, "The aggregate was not found in the event store");
        }
    }
}
