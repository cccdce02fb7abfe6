package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make the agent the routing desk chose the conversation's assignee, only if its assignee is still
 * the one the desk expected (null for none): a person's assignment meanwhile wins.
 */
public record AssignAutomatically(@TargetAggregateIdentifier ConversationId conversationId, StaffId assignee,
                                  StaffId expectedAssignee) implements ConversationCommand {
    public AssignAutomatically {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(assignee, "assignee");
    }
}
