package io.lifeline.query.responsetargets;

import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code response_target}: the targets set now, by kind, priority (urgent first) and context (every context last). */
@Repository
class ResponseTargetRepository {
    private static final Comparator<ResponseTargetView> ORDER = Comparator.comparing(ResponseTargetView::kind)
            .thenComparing(ResponseTargetView::priority, Comparator.reverseOrder())
            .thenComparing(ResponseTargetView::context, Comparator.nullsLast(Comparator.naturalOrder()));
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResponseTargetRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<ResponseTargetView> all() {
        return jdbc.sql("SELECT kind, priority, context_kind, within, business_hours FROM read_model.response_target"
                        + " WHERE within IS NOT NULL")
                .query((row, n) -> new ResponseTargetView(ResponseTargetKind.valueOf(row.getString("kind")),
                        Priority.valueOf(row.getString("priority")),
                        row.getString("context_kind") == null ? null : ContextKind.valueOf(row.getString("context_kind")),
                        Duration.parse(row.getString("within")), row.getString("business_hours") == null ? null
                                : json.readValue(row.getString("business_hours"), BusinessHours.class)))
                .list().stream().sorted(ORDER).toList();
    }
}
