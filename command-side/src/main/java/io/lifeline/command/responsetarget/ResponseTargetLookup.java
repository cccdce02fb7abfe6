package io.lifeline.command.responsetarget;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lifeline.command.conversation.ResponseTarget;
import io.lifeline.command.conversation.ResponseTargetBook;
import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import io.lifeline.contracts.responsetarget.ResponseTargetRemoved;
import io.lifeline.contracts.responsetarget.ResponseTargetScope;
import io.lifeline.contracts.responsetarget.ResponseTargetSet;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The response targets as a table, written by a subscribing processor in the transaction of the
 * change, so the instance that took it reads it at once. Clocks start on hot paths (a new
 * conversation, a device's message), so answers are kept for {@link #FRESH_FOR}: another
 * command-side instance starts using a changed target at most that much later.
 */
@Component
@ProcessingGroup("response-targets")
class ResponseTargetLookup implements ResponseTargetBook {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final String EVERY_CONTEXT = "*";
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Cache<String, Optional<ResponseTarget>> answers = Caffeine.newBuilder()
            .expireAfterWrite(FRESH_FOR).maximumSize(1_000).build();

    ResponseTargetLookup(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ResponseTarget> find(ResponseTargetKind kind, Priority priority, ContextKind context) {
        String contextKey = context == null ? EVERY_CONTEXT : context.name();
        return answers.get(kind + "/" + priority + "/" + contextKey, key -> jdbc.sql("""
                        SELECT within_ms, business_hours FROM event_store.response_target
                        WHERE kind = :kind AND priority = :priority AND context_kind IN (:context, '*')
                        ORDER BY context_kind = '*' LIMIT 1""")
                .param("kind", kind.name())
                .param("priority", priority.name())
                .param("context", contextKey)
                .query((rs, n) -> new ResponseTarget(Duration.ofMillis(rs.getLong("within_ms")),
                        rs.getString("business_hours") == null ? null
                                : json.readValue(rs.getString("business_hours"), BusinessHours.class)))
                .optional());
    }

    @EventHandler
    void on(ResponseTargetSet event) {
        ResponseTargetScope scope = event.scope();
        jdbc.sql("""
                        INSERT INTO event_store.response_target (kind, priority, context_kind, within_ms, business_hours)
                        VALUES (:kind, :priority, :context, :within, :hours)
                        ON CONFLICT (kind, priority, context_kind)
                        DO UPDATE SET within_ms = EXCLUDED.within_ms, business_hours = EXCLUDED.business_hours""")
                .param("kind", scope.kind().name())
                .param("priority", scope.priority().name())
                .param("context", contextOf(scope))
                .param("within", event.within().toMillis())
                .param("hours", event.businessHours() == null ? null : json.writeValueAsString(event.businessHours()))
                .update();
        answers.invalidateAll();
    }

    @EventHandler
    void on(ResponseTargetRemoved event) {
        ResponseTargetScope scope = event.scope();
        jdbc.sql("DELETE FROM event_store.response_target WHERE kind = :kind AND priority = :priority AND context_kind = :context")
                .param("kind", scope.kind().name())
                .param("priority", scope.priority().name())
                .param("context", contextOf(scope))
                .update();
        answers.invalidateAll();
    }

    private static String contextOf(ResponseTargetScope scope) {
        return scope.context() == null ? EVERY_CONTEXT : scope.context().name();
    }
}
