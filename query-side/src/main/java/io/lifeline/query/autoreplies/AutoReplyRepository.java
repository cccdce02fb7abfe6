package io.lifeline.query.autoreplies;

import io.lifeline.contracts.autoreply.AutoReplyTrigger;
import io.lifeline.contracts.autoreply.BusinessHours;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code auto_reply_rule}: the rules in force, by trigger, then in the order they are tried. */
@Repository
class AutoReplyRepository {
    private static final Comparator<AutoReplyRuleView> ORDER = Comparator.comparing(AutoReplyRuleView::trigger)
            .thenComparingInt(AutoReplyRuleView::order);
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AutoReplyRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<AutoReplyRuleView> all() {
        return jdbc.sql("""
                        SELECT rule_id, trigger_kind, rule_order, pattern, business_hours::text AS business_hours, text
                        FROM read_model.auto_reply_rule WHERE NOT removed ORDER BY created_seq""")
                .query((row, n) -> {
                    String hours = row.getString("business_hours");
                    return new AutoReplyRuleView(row.getObject("rule_id", UUID.class),
                            AutoReplyTrigger.valueOf(row.getString("trigger_kind")), row.getInt("rule_order"),
                            row.getString("pattern"), hours == null ? null : json.readValue(hours, BusinessHours.class),
                            row.getString("text"));
                })
                .list().stream().sorted(ORDER).toList(); // stable: ties stay in the order they were created
    }
}
