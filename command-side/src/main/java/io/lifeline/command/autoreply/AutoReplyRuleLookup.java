package io.lifeline.command.autoreply;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.autoreply.AutoReplyRuleChanged;
import io.lifeline.contracts.autoreply.AutoReplyRuleCreated;
import io.lifeline.contracts.autoreply.AutoReplyRuleRemoved;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The automated-reply rules as a table, written by a subscribing processor in the transaction of the
 * change. The process manager reads them for every device message, so they are kept for
 * {@link #FRESH_FOR}: another command-side instance follows a change at most that much later.
 */
@Component
@ProcessingGroup("auto-reply-rules")
class AutoReplyRuleLookup {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final Cache<String, List<ActiveRule>> rules = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).build();

    AutoReplyRuleLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule, by ascending order within each trigger. */
    List<ActiveRule> rules() {
        return rules.get("all", all -> jdbc.sql("SELECT rule FROM event_store.auto_reply_rule ORDER BY sort_order, rule_id")
                .query((rs, n) -> ActiveRule.of(JSON.readValue(rs.getString("rule"), AutoReplyRule.class))).list());
    }

    @EventHandler
    void on(AutoReplyRuleCreated event) {
        save(event.rule());
    }

    @EventHandler
    void on(AutoReplyRuleChanged event) {
        save(event.rule());
    }

    @EventHandler
    void on(AutoReplyRuleRemoved event) {
        jdbc.sql("DELETE FROM event_store.auto_reply_rule WHERE rule_id = :id").param("id", event.rule().value()).update();
        rules.invalidateAll();
    }

    private void save(AutoReplyRule rule) {
        jdbc.sql("""
                        INSERT INTO event_store.auto_reply_rule (rule_id, sort_order, rule) VALUES (:id, :order, :rule)
                        ON CONFLICT (rule_id) DO UPDATE SET sort_order = EXCLUDED.sort_order, rule = EXCLUDED.rule""")
                .param("id", rule.id().value()).param("order", rule.order()).param("rule", JSON.writeValueAsString(rule))
                .update();
        rules.invalidateAll();
    }
}
