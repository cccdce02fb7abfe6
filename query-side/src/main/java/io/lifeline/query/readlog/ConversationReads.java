package io.lifeline.query.readlog;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Records each staff read of a conversation and lists them; devices reading their own are not recorded. */
@Component
public class ConversationReads {
    private static final Set<String> STAFF_ROLES = Set.of("ADMIN", "AGENT", "ANALYST");
    private final JdbcClient jdbc;

    ConversationReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One read: {@code view} names what was read ({@code summary}, {@code timeline}, {@code events}, {@code as-of}). */
    public void record(UUID conversationId, Authentication caller, String view) {
        String role = caller.getAuthorities().stream().map(Object::toString).filter(name -> name.startsWith("ROLE_"))
                .map(name -> name.substring(5)).filter(STAFF_ROLES::contains).findFirst().orElse(null);
        if (role == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO read_model.conversation_read_log (conversation_id, staff_id, staff_role, view, read_at)
                VALUES (:conversation, :staff, :role, :view, :at)""")
                .param("conversation", conversationId.toString()).param("staff", caller.getName()).param("role", role)
                .param("view", view).param("at", java.sql.Timestamp.from(Instant.now())).update();
    }

    /** A conversation's reads, oldest first, after a position. */
    List<ConversationReadView> of(UUID conversationId, long after, int limit) {
        return matching(conversationId, null, after, limit);
    }

    /** Reads of one conversation, by one staff member, both or neither, oldest first, after a position. */
    List<ConversationReadView> matching(UUID conversationId, String staffId, long after, int limit) {
        return jdbc.sql("""
                SELECT id, conversation_id, staff_id, staff_role, view, read_at FROM read_model.conversation_read_log
                WHERE (CAST(:conversation AS VARCHAR) IS NULL OR conversation_id = :conversation)
                  AND (CAST(:staff AS VARCHAR) IS NULL OR staff_id = :staff)
                  AND id > :after ORDER BY id LIMIT :limit""")
                .param("conversation", conversationId == null ? null : conversationId.toString(), java.sql.Types.VARCHAR)
                .param("staff", staffId, java.sql.Types.VARCHAR).param("after", after).param("limit", limit)
                .query((row, n) -> new ConversationReadView(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getTimestamp(6).toInstant()))
                .list();
    }
}
