package io.lifeline.query.autoreplies;

import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.autoreply.AutoReplyRuleChanged;
import io.lifeline.contracts.autoreply.AutoReplyRuleCreated;
import io.lifeline.contracts.autoreply.AutoReplyRuleRemoved;
import io.lifeline.query.batching.ProjectionWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code auto_reply_rule}, one row per rule. The rules are one stream, so its sequence orders
 * every change: a change applies only over an older one, and an event handled again changes
 * nothing. A removed rule keeps its row (marked removed) for that reason.
 */
@Component
@ProcessingGroup("auto-replies")
class AutoReplyProjection {
    private static final String UPSERT = """
            INSERT INTO read_model.auto_reply_rule (rule_id, trigger_kind, rule_order, pattern, business_hours, text, removed,
                created_seq, last_sequence)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, FALSE, ?, ?)
            ON CONFLICT (rule_id) DO UPDATE SET trigger_kind = EXCLUDED.trigger_kind, rule_order = EXCLUDED.rule_order,
                pattern = EXCLUDED.pattern, business_hours = EXCLUDED.business_hours, text = EXCLUDED.text,
                last_sequence = EXCLUDED.last_sequence
            WHERE auto_reply_rule.last_sequence < EXCLUDED.last_sequence""";
    private static final String REMOVE = """
            UPDATE read_model.auto_reply_rule SET removed = TRUE, last_sequence = ?
            WHERE rule_id = ? AND last_sequence < ?""";
    private final ProjectionWrites writes;
    private final JsonMapper json;

    AutoReplyProjection(ProjectionWrites writes, JsonMapper json) {
        this.writes = writes;
        this.json = json;
    }

    @EventHandler
    void on(AutoReplyRuleCreated event, @SequenceNumber long sequence) {
        write(event.rule(), sequence);
    }

    @EventHandler
    void on(AutoReplyRuleChanged event, @SequenceNumber long sequence) {
        write(event.rule(), sequence);
    }

    @EventHandler
    void on(AutoReplyRuleRemoved event, @SequenceNumber long sequence) {
        writes.update(REMOVE, event.rule().value(), sequence, event.rule().value(), sequence);
    }

    @ResetHandler
    void reset() {
        writes.clear("read_model.auto_reply_rule");
    }

    private void write(AutoReplyRule rule, long sequence) {
        writes.update(UPSERT, rule.id().value(), rule.id().value(), rule.trigger().name(), rule.order(), rule.pattern(),
                rule.hours() == null ? null : json.writeValueAsString(rule.hours()), rule.text().text(), sequence, sequence);
    }
}
