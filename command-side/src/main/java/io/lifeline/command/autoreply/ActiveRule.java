package io.lifeline.command.autoreply;

import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.autoreply.AutoReplyTrigger;
import java.util.regex.Pattern;

/** A rule as the process manager applies it: a keyword rule's pattern compiled once per look-up, not per message. */
record ActiveRule(AutoReplyRule rule, Pattern keyword) {
    static ActiveRule of(AutoReplyRule rule) {
        return new ActiveRule(rule, rule.keyword());
    }

    AutoReplyTrigger trigger() {
        return rule.trigger();
    }

    /** Whether a device's message text matches this keyword rule. */
    boolean matches(String message) {
        return keyword != null && message != null && keyword.matcher(message).find();
    }
}
