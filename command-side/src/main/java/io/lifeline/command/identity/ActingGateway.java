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
    private final StoredAggregates stored;

    ActingGateway(CommandGateway gateway, ConversationTurns turns, @Qualifier("conversationCache") Cache conversations,
                  StoredAggregates stored) {
        this.gateway = gateway;
        this.turns = turns;
        this.conversations = conversations;
        this.stored = stored;
    }

    public <R> R send(Object command, Acting acting) {
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(acting.toMetaData());
        if (command instanceof ConversationCommand toConversation && !(command instanceof StartConversation)) {
            requireStarted(toConversation.conversationId());
            return turns.inTurn(toConversation.conversationId(), () -> gateway.sendAndWait(message));
        }
        if (command instanceof ChangeStaffRole role) {
            stored.require(role.staffId().toString());
        } else if (command instanceof DeactivateStaff deactivation) {
            stored.require(deactivation.staffId().toString());
        } else if (command instanceof ChangeStaffPassword password) {
            stored.require(password.staffId().toString());
        }
        return gateway.sendAndWait(message);
    }

    /** Answered as a failed load is (404 conversation-not-found), without the load or its logged stack trace. */
    private void requireStarted(ConversationId id) {
        if (!conversations.containsKey(id.toString())) { // a cached conversation exists
            stored.require(id.toString());
        }
    }
}
