package io.lifeline.contracts.autoreply;

import org.axonframework.serialization.Revision;

/** An admin created an automated-reply rule. */
@Revision("1")
public record AutoReplyRuleCreated(AutoReplyRule rule) implements AutoRepliesEvent {}
