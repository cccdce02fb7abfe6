package io.lifeline.query.cannedreplies;

import io.lifeline.contracts.cannedreply.CannedReplyChanged;
import io.lifeline.contracts.cannedreply.CannedReplyCreated;
import io.lifeline.contracts.cannedreply.CannedReplyRemoved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per canned reply still there; each change applies once (guarded by the reply's sequence). */
@Component
@ProcessingGroup("canned-replies")
class CannedReplyProjection {
    private final JdbcClient jdbc;

    CannedReplyProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CannedReplyCreated event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO read_model.canned_reply (reply_id, team_id, staff_id, shortcut, text, last_sequence)
                        VALUES (:id, :team, :staff, :shortcut, :text, :sequence) ON CONFLICT (reply_id) DO NOTHING""")
                .param("id", event.id().value())
                .param("team", event.owner().team() == null ? null : event.owner().team().value())
                .param("staff", event.owner().staff() == null ? null : event.owner().staff().value())
                .param("shortcut", event.shortcut()).param("text", event.text().text()).param("sequence", sequence)
                .update();
    }

    @EventHandler
    void on(CannedReplyChanged event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE read_model.canned_reply SET shortcut = :shortcut, text = :text, last_sequence = :sequence
                        WHERE reply_id = :id AND last_sequence < :sequence""")
                .param("id", event.id().value()).param("shortcut", event.shortcut()).param("text", event.text().text())
                .param("sequence", sequence).update();
    }

    @EventHandler
    void on(CannedReplyRemoved event) {
        jdbc.sql("DELETE FROM read_model.canned_reply WHERE reply_id = :id").param("id", event.id().value()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.canned_reply").update();
    }
}
