package io.lifeline.contracts.autoreply;

/** Everything that can happen to the automated-reply rules; each is a fact in the past tense. */
public sealed interface AutoRepliesEvent permits AutoReplyRuleCreated, AutoReplyRuleChanged, AutoReplyRuleRemoved {
}
