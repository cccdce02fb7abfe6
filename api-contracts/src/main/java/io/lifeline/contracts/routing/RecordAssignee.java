package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Count a conversation against the agent a person assigned it to, in place of its seat or queue place. */
public record RecordAssignee(ConversationId conversationId, StaffId assignee) {
    public RecordAssignee {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(assignee, "assignee");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
