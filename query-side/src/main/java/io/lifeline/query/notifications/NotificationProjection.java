package io.lifeline.query.notifications;

import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.PrivateNoteAdded;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetMissed;
import io.lifeline.contracts.conversation.StaffAssigned;
import io.lifeline.contracts.conversation.StaffJoined;
import io.lifeline.contracts.conversation.StaffLeft;
import io.lifeline.contracts.conversation.StaffUnassigned;
import io.lifeline.contracts.staff.StaffDeactivated;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRoleChanged;
import io.lifeline.query.config.EventGlobalIndex;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns events into staff notifications. Staff events keep a small directory (who is an active
 * admin or agent, who has which username) and conversation events keep who is on each
 * conversation, both guarded by the last applied sequence, so an event handled twice changes
 * nothing. The processor reads the store in order, so the directory is what it was when each
 * conversation event happened, on every rebuild alike. Read marks live in {@code notification_read},
 * which the reset leaves alone.
 * <p>
 * A notification is one per event, recipient and kind (its id says so), and records the event's own
 * global index ({@link EventGlobalIndex}), never the processor's token position: for an event that
 * fills a gap (its transaction committed after a later-numbered one's) that is another event's.
 * The database numbers each row as it is written ({@code recorded_order}), and the list pages by
 * that number: this processor has one segment and commits one batch after another, in the order it
 * sees events, so a late event's notifications come as the newest. Give it one segment. An event's
 * notifications are inserted in one JDBC batch, in the order their recipients are listed.
 */
@Component
@ProcessingGroup("notifications")
class NotificationProjection {
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._@-])@([A-Za-z0-9][A-Za-z0-9._-]{2,63})");
    /** Adds :value to the comma-separated joined_staff unless it is there (staff ids hold no commas). */
    private static final String JOIN = "joined_staff = CASE WHEN joined_staff = '' THEN :value "
            + "WHEN :value = ANY (string_to_array(joined_staff, ',')) THEN joined_staff ELSE joined_staff || ',' || :value END";
    private static final String LEAVE =
            "joined_staff = array_to_string(array_remove(string_to_array(joined_staff, ','), CAST(:value AS TEXT)), ',')";
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final EventGlobalIndex globalIndex;

    NotificationProjection(JdbcClient jdbc, NamedParameterJdbcTemplate batches, EventGlobalIndex globalIndex) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.globalIndex = globalIndex;
    }

    @EventHandler
    void on(StaffRegistered event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO read_model.notification_staff (staff_id, username, role, active, last_sequence)
                        VALUES (:id, :username, :role, TRUE, :sequence)
                        ON CONFLICT (staff_id) DO NOTHING""")
                .param("id", event.staffId().toString()).param("username", event.username().value())
                .param("role", event.role().name()).param("sequence", sequence).update();
    }

    @EventHandler
    void on(StaffRoleChanged event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE read_model.notification_staff SET role = :role, last_sequence = :sequence
                        WHERE staff_id = :id AND last_sequence < :sequence""")
                .param("id", event.staffId().toString()).param("role", event.role().name()).param("sequence", sequence)
                .update();
    }

    @EventHandler
    void on(StaffDeactivated event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE read_model.notification_staff SET active = FALSE, last_sequence = :sequence
                        WHERE staff_id = :id AND last_sequence < :sequence""")
                .param("id", event.staffId().toString()).param("sequence", sequence).update();
    }

    @EventHandler
    void on(ConversationStarted event, DomainEventMessage<?> message) {
        int started = jdbc.sql("""
                        INSERT INTO read_model.notification_conversation (conversation_id, joined_staff, last_sequence)
                        VALUES (:id, '', :sequence)
                        ON CONFLICT (conversation_id) DO NOTHING""")
                .param("id", event.conversationId().toString()).param("sequence", message.getSequenceNumber()).update();
        if (started == 0) {
            return; // already applied
        }
        String starter = event.startedBy() != null && event.startedBy().isStaff() ? event.startedBy().id() : null;
        deliver(activeHandlers().stream().filter(member -> !member.equals(starter)).toList(),
                NotificationKind.NEW_CONVERSATION, new NotifiedEvent(message));
    }

    @EventHandler
    void on(ConversationEvent event, DomainEventMessage<?> message) {
        String set = "";
        String value = null;
        if (event instanceof StaffJoined joined) {
            set = ", " + JOIN;
            value = joined.staffId().toString();
        } else if (event instanceof StaffLeft left) {
            set = ", " + LEAVE;
            value = left.staffId().toString();
        } else if (event instanceof StaffAssigned assigned) {
            set = ", assignee = :value";
            value = assigned.assignee().toString();
        } else if (event instanceof StaffUnassigned unassigned) {
            // Only the former assignee's unassignment empties the seat; a stale one leaves whoever holds it now.
            set = ", assignee = CASE WHEN assignee = :value THEN NULL ELSE assignee END";
            value = unassigned.formerAssignee().toString();
        }
        var update = jdbc.sql("UPDATE read_model.notification_conversation SET last_sequence = :sequence" + set
                        + " WHERE conversation_id = :id AND last_sequence < :sequence RETURNING assignee, joined_staff")
                .param("id", event.conversationId().toString()).param("sequence", message.getSequenceNumber());
        if (value != null) {
            update = update.param("value", value);
        }
        Optional<Participants> applied = update
                .query((rs, n) -> new Participants(rs.getString("assignee"), rs.getString("joined_staff"))).optional();
        if (applied.isEmpty()) {
            return; // already applied (or a history without its start, which the store never holds)
        }
        Participants conversation = applied.get();
        NotifiedEvent notified = new NotifiedEvent(message);
        if (event instanceof StaffAssigned assigned) {
            deliver(reachable(List.of(assigned.assignee().toString())), NotificationKind.ASSIGNED_TO_YOU, notified);
        } else if (event instanceof MessageSent sent) {
            if (sent.urgent() && sent.author().isDevice()) {
                deliver(reachable(urgentRecipients(conversation)), NotificationKind.URGENT_MESSAGE, notified);
            } else if (sent.author().isStaff() && sent.content().body() != null) {
                mentions(sent.content().body().text(), sent.author().id(), notified);
            }
        } else if (event instanceof PrivateNoteAdded note) {
            mentions(note.body().text(), note.author().toString(), notified);
        } else if (event instanceof ResponseTargetMissed missed) {
            deliver(reachable(breachRecipients(conversation, missed.priority() == Priority.URGENT)),
                    NotificationKind.TARGET_MISSED, notified);
        }
    }

    @ResetHandler
    void reset() {
        // notification_read stays: read marks are not events, and the rebuilt rows get the same ids
        jdbc.sql("DELETE FROM read_model.notification").update();
        jdbc.sql("DELETE FROM read_model.notification_staff").update();
        jdbc.sql("DELETE FROM read_model.notification_conversation").update();
    }

    /** Who is on one conversation after the event: its assignee and the comma-separated staff who joined it. */
    private record Participants(String assignee, String joinedStaff) {
        List<String> joined() {
            return joinedStaff.isEmpty() ? List.of() : Arrays.asList(joinedStaff.split(","));
        }
    }

    /** Active admins and agents, by staff id. */
    private List<String> activeHandlers() {
        return jdbc.sql("""
                        SELECT staff_id FROM read_model.notification_staff
                        WHERE active = TRUE AND role IN ('ADMIN', 'AGENT') ORDER BY staff_id""")
                .query(String.class).list();
    }

    /** The assignee of a conversation that missed a target, and every active admin when it is urgent. */
    private List<String> breachRecipients(Participants conversation, boolean urgent) {
        Set<String> recipients = new LinkedHashSet<>();
        if (conversation.assignee() != null) {
            recipients.add(conversation.assignee());
        }
        if (urgent) {
            recipients.addAll(jdbc.sql("""
                            SELECT staff_id FROM read_model.notification_staff
                            WHERE active = TRUE AND role = 'ADMIN' ORDER BY staff_id""")
                    .query(String.class).list());
        }
        return new ArrayList<>(recipients);
    }

    private List<String> urgentRecipients(Participants conversation) {
        Set<String> recipients = new LinkedHashSet<>();
        if (conversation.assignee() != null) {
            recipients.add(conversation.assignee());
        } else {
            recipients.addAll(activeHandlers());
        }
        recipients.addAll(conversation.joined());
        return new ArrayList<>(recipients);
    }

    private void mentions(String text, String author, NotifiedEvent notified) {
        Set<String> named = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            // a mention may end a sentence: "ask @ana." names ana
            named.add(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("[._-]+$", ""));
        }
        if (named.isEmpty()) {
            return;
        }
        Map<String, String> active = jdbc.sql("""
                        SELECT username, staff_id FROM read_model.notification_staff
                        WHERE active = TRUE AND username IN (:usernames)""")
                .param("usernames", named)
                .query((rs, n) -> Map.entry(rs.getString("username"), rs.getString("staff_id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)); // two active staff with one username: fails
        deliver(named.stream().map(active::get).filter(recipient -> recipient != null && !recipient.equals(author)).toList(),
                NotificationKind.MENTIONED, notified);
    }

    /** Staff the directory knows to be deactivated get nothing; anyone else is notified. */
    private List<String> reachable(List<String> recipients) {
        if (recipients.isEmpty()) {
            return recipients;
        }
        Set<String> deactivated = Set.copyOf(jdbc.sql("""
                        SELECT staff_id FROM read_model.notification_staff WHERE active = FALSE AND staff_id IN (:ids)""")
                .param("ids", recipients).query(String.class).list());
        return recipients.stream().filter(recipient -> !deactivated.contains(recipient)).toList();
    }

    /** One notification per recipient, in one batch; one already there (a replayed event) stays as it is. */
    private void deliver(List<String> recipients, NotificationKind kind, NotifiedEvent notified) {
        if (recipients.isEmpty()) {
            return;
        }
        DomainEventMessage<?> message = notified.message();
        SqlParameterSource[] rows = recipients.stream().map(recipient -> new MapSqlParameterSource()
                        .addValue("id", idFor(message.getIdentifier(), recipient, kind))
                        .addValue("recipient", recipient).addValue("kind", kind.name())
                        .addValue("conversationId", message.getAggregateIdentifier())
                        .addValue("sequence", message.getSequenceNumber()).addValue("position", notified.globalIndex())
                        .addValue("at", message.getTimestamp().atOffset(ZoneOffset.UTC)))
                .toArray(SqlParameterSource[]::new);
        batches.batchUpdate("""
                INSERT INTO read_model.notification (id, recipient, kind, conversation_id, sequence_number, position, created_at)
                VALUES (:id, :recipient, :kind, :conversationId, :sequence, :position, :at)
                ON CONFLICT (id) DO NOTHING""", rows);
    }

    /**
     * A notification's id, derived from the event, the recipient and the kind: a rebuild writes the
     * same ids, so the read marks kept beside them still match.
     */
    static String idFor(String eventId, String recipient, NotificationKind kind) {
        return UUID.nameUUIDFromBytes((eventId + "|" + recipient + "|" + kind).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The event being notified about; its global index is read from the store once, and only if a notification needs it. */
    private final class NotifiedEvent {
        private final DomainEventMessage<?> message;
        private Long globalIndex;

        NotifiedEvent(DomainEventMessage<?> message) {
            this.message = message;
        }

        DomainEventMessage<?> message() {
            return message;
        }

        long globalIndex() {
            if (globalIndex == null) {
                globalIndex = NotificationProjection.this.globalIndex.of(message);
            }
            return globalIndex;
        }
    }
}
