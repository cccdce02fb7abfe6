package io.lifeline.contracts.autoreply;

import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One automated reply: when it fires, in which order among its kind, its pattern (keyword rules: a
 * case-insensitive regular expression found anywhere in the message), its business hours (away
 * rules) and the text it writes. These are the stored shape; {@link #validated()} adds the rules
 * for a new or changed rule.
 */
public record AutoReplyRule(AutoReplyRuleId id, AutoReplyTrigger trigger, int order, String pattern,
                            BusinessHours hours, MessageBody text) {
    public static final int MAX_ORDER = 10_000;
    public static final int MAX_PATTERN_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 2_000;

    public AutoReplyRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(text, "text");
    }

    /** This keyword rule's pattern, compiled as it applies (case-insensitive, found anywhere in a message); null for other rules. */
    public Pattern keyword() {
        return pattern == null ? null : Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public AutoReplyRule validated() {
        if (order < 0 || order > MAX_ORDER) {
            throw new InvalidField("order", "is 0 to " + MAX_ORDER);
        }
        text.validated();
        if (text.text().isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidField("text", "is 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        if (trigger == AutoReplyTrigger.KEYWORD) {
            if (pattern == null || pattern.isBlank() || pattern.length() > MAX_PATTERN_LENGTH) {
                throw new InvalidField("pattern", "is 1 to " + MAX_PATTERN_LENGTH + " characters for a keyword rule");
            }
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException invalid) {
                throw new InvalidField("pattern", "is a regular expression (" + invalid.getDescription() + ")");
            }
        } else if (pattern != null) {
            throw new InvalidField("pattern", "is only for keyword rules");
        }
        if (trigger == AutoReplyTrigger.AWAY) {
            if (hours == null) {
                throw new InvalidField("hours", "are needed for an away rule");
            }
            hours.validated();
        } else if (hours != null) {
            throw new InvalidField("hours", "are only for away rules");
        }
        return this;
    }
}
