package io.lifeline.query.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conversation headers by conversation id. */
@Repository
class ConversationSummaryRepository {
    private final JdbcClient jdbc;

    ConversationSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ConversationSummary> findById(String conversationId) {
        return jdbc.sql("SELECT * FROM read_model.timeline_conversation WHERE conversation_id = :id")
                .param("id", conversationId).query(ConversationSummaryRepository::summary).optional();
    }

    private static ConversationSummary summary(ResultSet rs, int row) throws SQLException {
        return new ConversationSummary(rs.getString("conversation_id"), rs.getString("device_id"), rs.getString("status"),
                rs.getString("priority"), rs.getString("assignee"), rs.getString("participants"), rs.getString("labels"),
                rs.getString("subject"), rs.getString("channel"), rs.getString("context_kind"),
                rs.getString("context_reference"), rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class), rs.getObject("accuracy_meters", Double.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("last_sequence"));
    }
}
