package io.lifeline.contracts.routing;


import org.axonframework.serialization.Revision;

/** A routing rule was removed. */
@Revision("1")
public record RoutingRuleRemoved(RoutingRuleId rule) implements DeskEvent {}
