package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Write an automated reply (a {@code SYSTEM} message whose author names the rule) once per rule and
 * conversation; a greeting only in answer to the device's first message, {@code trigger} being the
 * sequence of the event that made the rule fire.
 */
public record SendAutomatedReply(@TargetAggregateIdentifier ConversationId conversationId, MessageId messageId,
                                 String rule, boolean greeting, long trigger, MessageBody text) implements ConversationCommand {
    public SendAutomatedReply {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }
}
