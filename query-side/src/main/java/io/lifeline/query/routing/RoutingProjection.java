package io.lifeline.query.routing;

import io.lifeline.contracts.routing.*;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the desk's tables. The desk is one stream handled in order, and every handler writes the
 * row an event describes (an upsert or a delete), so handling an event again leaves the same rows.
 */
@Component
@ProcessingGroup("routing")
class RoutingProjection {
    private final JdbcClient jdbc;

    RoutingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TeamCreated event) {
        jdbc.sql("""
                        INSERT INTO read_model.routing_team (team_id, name, strategy) VALUES (:team, :name, :strategy)
                        ON CONFLICT (team_id) DO UPDATE SET name = :name, strategy = :strategy""")
                .param("team", event.team().value()).param("name", event.name().value())
                .param("strategy", event.strategy().name()).update();
    }

    @EventHandler
    void on(TeamRenamed event) {
        jdbc.sql("UPDATE read_model.routing_team SET name = :name WHERE team_id = :team")
                .param("team", event.team().value()).param("name", event.name().value()).update();
    }

    @EventHandler
    void on(RoutingStrategyChanged event) {
        jdbc.sql("UPDATE read_model.routing_team SET strategy = :strategy WHERE team_id = :team")
                .param("team", event.team().value()).param("strategy", event.strategy().name()).update();
    }

    @EventHandler
    void on(TeamMemberAdded event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO read_model.routing_team_member (team_id, staff_id, joined_seq) VALUES (:team, :staff, :seq)
                        ON CONFLICT (team_id, staff_id) DO NOTHING""")
                .param("team", event.team().value()).param("staff", event.agent().value()).param("seq", sequence).update();
    }

    @EventHandler
    void on(TeamMemberRemoved event) {
        jdbc.sql("DELETE FROM read_model.routing_team_member WHERE team_id = :team AND staff_id = :staff")
                .param("team", event.team().value()).param("staff", event.agent().value()).update();
    }

    @EventHandler
    void on(RoutingRuleCreated event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO read_model.routing_rule (rule_id, rule_order, context_kind, channel, team_id, created_seq)
                        VALUES (:rule, :order, :context, :channel, :team, :seq)
                        ON CONFLICT (rule_id) DO NOTHING""")
                .param("rule", event.rule().value()).param("order", event.order())
                .param("context", event.match().context() == null ? null : event.match().context().name(), Types.VARCHAR)
                .param("channel", event.match().channel() == null ? null : event.match().channel().name(), Types.VARCHAR)
                .param("team", event.team().value()).param("seq", sequence).update();
    }

    @EventHandler
    void on(RoutingRuleChanged event) {
        jdbc.sql("""
                        UPDATE read_model.routing_rule SET rule_order = :order, context_kind = :context, channel = :channel,
                            team_id = :team
                        WHERE rule_id = :rule""")
                .param("rule", event.rule().value()).param("order", event.order())
                .param("context", event.match().context() == null ? null : event.match().context().name(), Types.VARCHAR)
                .param("channel", event.match().channel() == null ? null : event.match().channel().name(), Types.VARCHAR)
                .param("team", event.team().value()).update();
    }

    @EventHandler
    void on(RoutingRuleRemoved event) {
        jdbc.sql("DELETE FROM read_model.routing_rule WHERE rule_id = :rule").param("rule", event.rule().value()).update();
    }

    @EventHandler
    void on(AgentCapacityChanged event) {
        jdbc.sql("""
                        INSERT INTO read_model.routing_agent (staff_id, capacity) VALUES (:staff, :capacity)
                        ON CONFLICT (staff_id) DO UPDATE SET capacity = :capacity""")
                .param("staff", event.agent().value()).param("capacity", event.capacity()).update();
    }

    @EventHandler
    void on(AgentAvailabilityChanged event) {
        jdbc.sql("""
                        INSERT INTO read_model.routing_agent (staff_id, availability) VALUES (:staff, :availability)
                        ON CONFLICT (staff_id) DO UPDATE SET availability = :availability""")
                .param("staff", event.agent().value()).param("availability", event.availability().name()).update();
    }

    @EventHandler
    void on(ConversationRouted event) {
        leaveQueue(event.conversationId().value());
        seat(event.conversationId().value(), event.agent().value());
    }

    @EventHandler
    void on(AssigneeRecorded event) {
        leaveQueue(event.conversationId().value());
        seat(event.conversationId().value(), event.assignee().value());
    }

    @EventHandler
    void on(ConversationQueued event, @Timestamp Instant at) {
        jdbc.sql("DELETE FROM read_model.routing_seat WHERE conversation_id = :id")
                .param("id", event.conversationId().value()).update();
        RoutingTicket ticket = event.ticket();
        jdbc.sql("""
                        INSERT INTO read_model.routing_queue (conversation_id, context_kind, channel, priority, arrival, queued_at)
                        VALUES (:id, :context, :channel, :priority, :arrival, :at)
                        ON CONFLICT (conversation_id) DO UPDATE SET priority = :priority""")
                .param("id", event.conversationId().value()).param("context", ticket.context().name())
                .param("channel", ticket.channel().name()).param("priority", ticket.priority().name())
                .param("arrival", ticket.arrival()).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    @EventHandler
    void on(ConversationReleased event) {
        leaveQueue(event.conversationId().value());
        jdbc.sql("DELETE FROM read_model.routing_seat WHERE conversation_id = :id")
                .param("id", event.conversationId().value()).update();
    }

    @ResetHandler
    void reset() {
        for (String table : new String[] {"routing_team", "routing_team_member", "routing_rule", "routing_agent",
                "routing_seat", "routing_queue"}) {
            jdbc.sql("DELETE FROM read_model." + table).update();
        }
    }

    private void seat(java.util.UUID conversation, java.util.UUID agent) {
        jdbc.sql("""
                        INSERT INTO read_model.routing_seat (conversation_id, staff_id) VALUES (:id, :staff)
                        ON CONFLICT (conversation_id) DO UPDATE SET staff_id = :staff""")
                .param("id", conversation).param("staff", agent).update();
    }

    private void leaveQueue(java.util.UUID conversation) {
        jdbc.sql("DELETE FROM read_model.routing_queue WHERE conversation_id = :id").param("id", conversation).update();
    }
}
