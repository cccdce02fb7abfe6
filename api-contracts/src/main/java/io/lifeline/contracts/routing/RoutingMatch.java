package io.lifeline.contracts.routing;

import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;

/** What a routing rule matches: a conversation's context kind and channel, each null for any. */
public record RoutingMatch(ContextKind context, Channel channel) {
    public boolean matches(ContextKind conversationContext, Channel conversationChannel) {
        return (context == null || context == conversationContext) && (channel == null || channel == conversationChannel);
    }
}
