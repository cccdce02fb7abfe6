package io.lifeline.contracts.autoreply;

import org.axonframework.serialization.Revision;

/** An admin removed an automated-reply rule. */
@Revision("1")
public record AutoReplyRuleRemoved(AutoReplyRuleId rule) implements AutoRepliesEvent {}
