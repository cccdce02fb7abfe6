package io.lifeline.command.identity;

import io.lifeline.contracts.conversation.ConversationCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of an actor and waits for its result; refusals come back as thrown.
 * Commands to one conversation take turns (see {@link ConversationTurns}).
 */
@Component
public class ActingGateway {
    private final CommandGateway gateway;
    private final ConversationTurns turns;

    ActingGateway(CommandGateway gateway, ConversationTurns turns) {
        this.gateway = gateway;
        this.turns = turns;
    }

    public <R> R send(Object command, Acting acting) {
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(acting.toMetaData());
        if (command instanceof ConversationCommand toConversation) {
            return turns.inTurn(toConversation.conversationId(), () -> gateway.sendAndWait(message));
        }
        return gateway.sendAndWait(message);
    }
}
