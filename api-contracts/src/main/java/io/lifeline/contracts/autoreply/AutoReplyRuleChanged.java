package io.lifeline.contracts.autoreply;

import org.axonframework.serialization.Revision;

/** An admin changed an automated-reply rule; {@code previous} is how it was. */
@Revision("1")
public record AutoReplyRuleChanged(AutoReplyRule rule, AutoReplyRule previous) implements AutoRepliesEvent {}
