package io.lifeline.query.responsetargets;

import io.lifeline.contracts.responsetarget.ResponseTargetRemoved;
import io.lifeline.contracts.responsetarget.ResponseTargetScope;
import io.lifeline.contracts.responsetarget.ResponseTargetSet;
import io.lifeline.query.batching.ProjectionWrites;
import java.time.Duration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code response_target}, one row per scope. The targets are one stream, so its sequence
 * orders every change: a change applies only over an older one, and an event handled again
 * changes nothing. A removed target keeps its row with a null {@code within} for that reason.
 */
@Component
@ProcessingGroup("response-targets")
class ResponseTargetProjection {
    private static final String UPSERT = """
            INSERT INTO read_model.response_target (target_key, kind, priority, context_kind, within, business_hours,
                last_sequence)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (target_key) DO UPDATE SET within = EXCLUDED.within, business_hours = EXCLUDED.business_hours,
                last_sequence = EXCLUDED.last_sequence
            WHERE response_target.last_sequence < EXCLUDED.last_sequence""";
    private final ProjectionWrites writes;
    private final JsonMapper json;

    ResponseTargetProjection(ProjectionWrites writes, JsonMapper json) {
        this.writes = writes;
        this.json = json;
    }

    @EventHandler
    void on(ResponseTargetSet event, @SequenceNumber long sequence) {
        write(event.scope(), event.within(), event.businessHours() == null ? null
                : json.writeValueAsString(event.businessHours()), sequence);
    }

    @EventHandler
    void on(ResponseTargetRemoved event, @SequenceNumber long sequence) {
        write(event.scope(), null, null, sequence);
    }

    @ResetHandler
    void reset() {
        writes.clear("read_model.response_target");
    }

    private void write(ResponseTargetScope scope, Duration within, String businessHours, long sequence) {
        String key = scope.key();
        writes.update(UPSERT, key, key, scope.kind().name(), scope.priority().name(),
                scope.context() == null ? null : scope.context().name(), within == null ? null : within.toString(), businessHours, sequence);
    }
}
