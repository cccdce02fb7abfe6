package io.lifeline.contracts.routing;

import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Find a newly started conversation a team and an agent with a free seat, or a place in the team's queue. */
public record RouteConversation(ConversationId conversationId, ContextKind context, Channel channel, Priority priority) {
    public RouteConversation {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(priority, "priority");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
