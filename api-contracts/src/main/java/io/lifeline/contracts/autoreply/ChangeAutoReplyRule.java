package io.lifeline.contracts.autoreply;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change an automated-reply rule: what fires from now on follows the rule as changed. */
public record ChangeAutoReplyRule(AutoReplyRule rule) {
    public ChangeAutoReplyRule {
        Objects.requireNonNull(rule, "rule").validated();
    }

    @TargetAggregateIdentifier
    public AutoRepliesId rules() {
        return AutoRepliesId.RULES;
    }
}
