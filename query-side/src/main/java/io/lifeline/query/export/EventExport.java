package io.lifeline.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the matching events one line at a time while PostgreSQL streams them with a cursor, so an
 * export of millions of events never sits in memory.
 */
@Component
class EventExport {
    private static final int FETCH_SIZE = 500;

    record Filter(Instant from, Instant to, String type, UUID conversationId) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final String table;

    EventExport(javax.sql.DataSource dataSource, TransactionTemplate transactions, JsonMapper json,
                @Value("${lifeline.event-store.schema}") String schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE); // its own template: the fetch size must not leak into others
        this.transactions = transactions;
        this.json = json;
        this.table = schema + ".domainevententry";
    }

    void write(Filter filter, OutputStream out) {
        String sql = "SELECT globalindex, eventidentifier, payloadtype, payloadrevision, aggregateidentifier, sequencenumber, "
                + "timestamp, convert_from(metadata, 'UTF8'), convert_from(payload, 'UTF8') FROM " + table
                + " WHERE (?::timestamptz IS NULL OR timestamp::timestamptz >= ?::timestamptz)"
                + " AND (?::timestamptz IS NULL OR timestamp::timestamptz < ?::timestamptz)"
                + " AND (?::text IS NULL OR payloadtype LIKE '%.' || ?::text)"
                + " AND (?::text IS NULL OR aggregateidentifier = ?::text)"
                + " ORDER BY globalindex";
        String from = filter.from() == null ? null : filter.from().toString();
        String to = filter.to() == null ? null : filter.to().toString();
        String conversation = filter.conversationId() == null ? null : filter.conversationId().toString();
        // A cursor (fetch size) only streams inside a transaction; read-only keeps it cheap.
        transactions.executeWithoutResult(status -> {
            jdbc.query(sql, row -> {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("position", row.getLong(1));
                line.put("eventId", row.getString(2));
                String payloadType = row.getString(3);
                line.put("type", payloadType.substring(payloadType.lastIndexOf('.') + 1));
                line.put("revision", row.getString(4));
                line.put("aggregateId", row.getString(5));
                line.put("sequence", row.getLong(6));
                line.put("timestamp", row.getString(7));
                line.put("metadata", tree(row.getString(8)));
                line.put("payload", tree(row.getString(9)));
                try {
                    out.write(json.writeValueAsBytes(line));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("the client went away", e);
                }
            }, from, from, to, to, filter.type(), filter.type(), conversation, conversation);
        });
    }

    private JsonNode tree(String text) {
        return text == null ? json.nullNode() : json.readTree(text.getBytes(StandardCharsets.UTF_8));
    }
}
