package io.lifeline.query.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ranks matching messages with {@code ts_rank} and pages them by (rank, conversation, sequence);
 * snippets are made only for the rows of the page, since {@code ts_headline} re-parses each text.
 */
@Repository
class SearchRepository {
    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(SearchHit hit, SearchCursor cursor) {}

    List<Row> search(String text, SearchFilter filter, SearchCursor after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", text);
        List<String> where = new ArrayList<>();
        where.add("m.document @@ q.query");
        add(where, params, "c.status = :status", "status", filter.status() == null ? null : filter.status().name());
        add(where, params, "c.priority = :priority", "priority", filter.priority() == null ? null : filter.priority().name());
        add(where, params, "c.channel = :channel", "channel", filter.channel() == null ? null : filter.channel().name());
        add(where, params, "c.context_kind = :context", "context", filter.context() == null ? null : filter.context().name());
        add(where, params, "c.assignee = :assignee", "assignee", filter.assignee());
        if (filter.unassigned()) where.add("c.assignee IS NULL");
        add(where, params, "EXISTS (SELECT 1 FROM read_model.search_label l WHERE l.conversation_id = c.conversation_id AND l.label = :label)",
                "label", filter.label());
        String keyset = "";
        if (after != null) {
            keyset = " WHERE r.rank < CAST(:rank AS REAL) OR (r.rank = CAST(:rank AS REAL) AND (r.conversation_id, r.sequence) > (:after, :sequence))";
            params.put("rank", after.rank());
            params.put("after", after.conversationId());
            params.put("sequence", after.sequence());
        }
        params.put("limit", limit);
        // The body is HTML-escaped before highlighting, so the snippet is safe HTML whose only tags are <b>.
        String sql = """
                WITH q AS (SELECT websearch_to_tsquery('simple', :q) AS query)
                SELECT page.*, ts_headline('simple',
                           replace(replace(replace(page.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                           q.query, 'StartSel=<b>, StopSel=</b>, MaxWords=24, MinWords=8') AS snippet
                FROM (SELECT r.* FROM (
                          SELECT m.conversation_id, m.sequence, m.message_id, m.author, m.sent_at, m.body,
                                 c.status, c.priority, ts_rank(m.document, q.query) AS rank
                          FROM read_model.search_message m JOIN read_model.search_conversation c ON c.conversation_id = m.conversation_id, q
                          WHERE %s) r%s
                      ORDER BY r.rank DESC, r.conversation_id, r.sequence
                      LIMIT :limit) page, q
                ORDER BY page.rank DESC, page.conversation_id, page.sequence""".formatted(String.join(" AND ", where), keyset);
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            UUID conversation = rs.getObject("conversation_id", UUID.class);
            float rank = rs.getFloat("rank");
            long sequence = rs.getLong("sequence");
            return new Row(new SearchHit(conversation, sequence, rs.getObject("message_id", UUID.class),
                    rs.getString("author"), rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                    rs.getString("status"), rs.getString("priority"), rank, rs.getString("snippet")),
                    new SearchCursor(rank, conversation, sequence));
        }).list();
    }

    private static void add(List<String> where, Map<String, Object> params, String condition, String name, Object value) {
        if (value == null) return;
        where.add(condition);
        params.put(name, value);
    }
}
