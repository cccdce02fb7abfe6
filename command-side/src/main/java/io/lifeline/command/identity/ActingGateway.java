package io.lifeline.command.identity;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command on behalf of an actor and waits for its result; refusals come back as thrown. */
@Component
public class ActingGateway {
    private final CommandGateway gateway;

    ActingGateway(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Acting acting) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(acting.toMetaData()));
    }
}
