package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Leave the conversation without an assignee because the routing desk took it from that agent, only
 * if that agent is still its assignee: a person's assignment meanwhile wins.
 */
public record UnassignAutomatically(@TargetAggregateIdentifier ConversationId conversationId, StaffId expectedAssignee)
        implements ConversationCommand {
    public UnassignAutomatically {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(expectedAssignee, "expectedAssignee");
    }
}
