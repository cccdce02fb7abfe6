package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make a staff member the conversation's assignee, replacing any previous one. */
public record AssignStaff(@TargetAggregateIdentifier ConversationId conversationId, StaffId assignee, AssignmentReason reason) implements ConversationCommand {
    public AssignStaff {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(reason, "reason");
    }
}
