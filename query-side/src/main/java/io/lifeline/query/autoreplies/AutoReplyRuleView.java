package io.lifeline.query.autoreplies;

import io.lifeline.contracts.autoreply.AutoReplyTrigger;
import io.lifeline.contracts.autoreply.BusinessHours;
import java.util.UUID;

/**
 * An automated-reply rule: its trigger, its order among rules of that trigger, its pattern (keyword
 * rules, else null), its business hours (away rules, else null) and the text it writes.
 */
record AutoReplyRuleView(UUID ruleId, AutoReplyTrigger trigger, int order, String pattern, BusinessHours hours, String text) {}
