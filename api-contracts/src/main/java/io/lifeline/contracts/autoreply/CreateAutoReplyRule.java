package io.lifeline.contracts.autoreply;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an automated-reply rule; repeating the request with its id changes nothing. */
public record CreateAutoReplyRule(AutoReplyRule rule) {
    public CreateAutoReplyRule {
        Objects.requireNonNull(rule, "rule").validated();
    }

    @TargetAggregateIdentifier
    public AutoRepliesId rules() {
        return AutoRepliesId.RULES;
    }
}
