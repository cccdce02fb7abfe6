package io.lifeline.command.config;

import io.lifeline.contracts.conversation.ConversationCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Which aggregate a command is for. A conversation command names its conversation through
 * {@link ConversationCommand}, read directly; Axon's annotation resolver reads the
 * {@code @TargetAggregateIdentifier} and {@code @TargetAggregateVersion} members reflectively on every
 * command (about 8 % of the command thread's time in a profile of the send path), so it serves only
 * the other commands. No command carries an expected version.
 */
final class CommandTargets implements CommandTargetResolver {
    private final CommandTargetResolver annotated = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof ConversationCommand conversationCommand) {
            return new VersionedAggregateIdentifier(conversationCommand.conversationId().toString(), null);
        }
        return annotated.resolveTarget(command);
    }
}
