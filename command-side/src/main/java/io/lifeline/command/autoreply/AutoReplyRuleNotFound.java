package io.lifeline.command.autoreply;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.autoreply.AutoReplyRuleId;

/** Refused because no automated-reply rule has this id. */
class AutoReplyRuleNotFound extends CommandRefused {
    AutoReplyRuleNotFound(AutoReplyRuleId rule) {
        super(Reason.NOT_FOUND, "auto-reply-rule-not-found", "no automated-reply rule " + rule);
    }
}
