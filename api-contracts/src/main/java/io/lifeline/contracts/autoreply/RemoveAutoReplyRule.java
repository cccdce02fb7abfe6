package io.lifeline.contracts.autoreply;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove an automated-reply rule; replies it already wrote stay in their conversations. */
public record RemoveAutoReplyRule(AutoReplyRuleId rule) {
    public RemoveAutoReplyRule {
        Objects.requireNonNull(rule, "rule");
    }

    @TargetAggregateIdentifier
    public AutoRepliesId rules() {
        return AutoRepliesId.RULES;
    }
}
