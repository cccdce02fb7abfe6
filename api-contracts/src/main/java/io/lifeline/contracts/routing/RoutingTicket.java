package io.lifeline.contracts.routing;

import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;

/**
 * What the desk knows of a conversation it routes: what rules match on, its priority (urgent ones
 * wait ahead of the rest) and its arrival number, which keeps its place in the FIFO order for good.
 */
public record RoutingTicket(ContextKind context, Channel channel, Priority priority, long arrival) {}
