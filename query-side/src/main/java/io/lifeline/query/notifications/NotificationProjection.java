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
import io.lifeline.query.batching.FreshRow;
import io.lifeline.query.batching.ProjectionWrites;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
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
 * <p>
 * During a rebuild (the tables start empty) the row of a conversation started in the current batch is
 * held in memory while later events only advance it ({@link FreshRow}) and
 * inserted once; its start's notifications are written as plain rows, in order with the others.
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
    /** Every write of a notification row carries this key too, so they are written in the order events come. */
    private static final String IN_ORDER = "notifications in order";
    /**
     * The conversation row, and only with it (a start applied already adds nothing) one notification
     * per recipient, in the order they are listed.
     */
    private static final String STARTED = """
            WITH started AS (
                INSERT INTO read_model.notification_conversation (conversation_id, joined_staff, last_sequence)
                VALUES (?, '', ?) ON CONFLICT (conversation_id) DO NOTHING RETURNING conversation_id)
            INSERT INTO read_model.notification (id, recipient, kind, conversation_id, sequence_number, position, created_at)
            SELECT r.id, r.recipient, ?, started.conversation_id, ?, CAST(? AS BIGINT), ?
            FROM started, unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[])) WITH ORDINALITY AS r(id, recipient, n)
            ORDER BY r.n
            ON CONFLICT (id) DO NOTHING""";
    /** Who is on a conversation a rebuild's batch started: nobody yet ({@link FreshRow}). */
    private static final String FRESH_CONVERSATION = """
            INSERT INTO read_model.notification_conversation (conversation_id, joined_staff, last_sequence)
            VALUES (?, '', ?) ON CONFLICT (conversation_id) DO NOTHING""";
    /** A notification of a start a rebuild applied: the conversation's row is held ({@link FreshRow}). */
    private static final String STARTED_NOTIFICATION = """
            INSERT INTO read_model.notification (id, recipient, kind, conversation_id, sequence_number, position, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";
    private static final String ACTIVE_HANDLERS = NotificationProjection.class.getName() + ".activeHandlers";
    private final JdbcClient jdbc;
    private final ProjectionWrites writes;
    private final NamedParameterJdbcTemplate batches;
    private final EventGlobalIndex globalIndex;
    /** The guarded update for each change of the conversation row: built once, not per event. */
    private final Map<String, String> changes = new ConcurrentHashMap<>();

    NotificationProjection(JdbcClient jdbc, ProjectionWrites writes, NamedParameterJdbcTemplate batches,
                           EventGlobalIndex globalIndex) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.batches = batches;
        this.globalIndex = globalIndex;
    }

    @EventHandler
    void on(StaffRegistered event, @SequenceNumber long sequence) {
        directoryChanges();
        String id = event.staffId().toString();
        writes.update("""
                        INSERT INTO read_model.notification_staff (staff_id, username, role, active, last_sequence)
                        VALUES (?, ?, ?, TRUE, ?)
                        ON CONFLICT (staff_id) DO NOTHING""", id, id, event.username().value(), event.role().name(), sequence);
    }

    @EventHandler
    void on(StaffRoleChanged event, @SequenceNumber long sequence) {
        directoryChanges();
        String id = event.staffId().toString();
        writes.update("""
                        UPDATE read_model.notification_staff SET role = ?, last_sequence = ?
                        WHERE staff_id = ? AND last_sequence < ?""", id, event.role().name(), sequence, id, sequence);
    }

    @EventHandler
    void on(StaffDeactivated event, @SequenceNumber long sequence) {
        directoryChanges();
        String id = event.staffId().toString();
        writes.update("""
                        UPDATE read_model.notification_staff SET active = FALSE, last_sequence = ?
                        WHERE staff_id = ? AND last_sequence < ?""", id, sequence, id, sequence);
    }

    @EventHandler
    void on(ConversationStarted event, DomainEventMessage<?> message, ReplayStatus replay) {
        String id = event.conversationId().toString();
        String starter = event.startedBy() != null && event.startedBy().isStaff() ? event.startedBy().id() : null;
        List<String> recipients = activeHandlers().stream().filter(member -> !member.equals(starter)).toList();
        String[] ids = recipients.stream()
                .map(recipient -> idFor(message.getIdentifier(), recipient, NotificationKind.NEW_CONVERSATION))
                .toArray(String[]::new);
        if (replay.isReplay() && writes.hold(id, new FreshRow(FRESH_CONVERSATION, id, message.getSequenceNumber(), id))) {
            // a rebuild (the tables start empty): the row is held, the notifications go in order with the others
            Long position = ids.length == 0 ? null : globalIndex.of(message);
            for (int i = 0; i < ids.length; i++) {
                writes.update(STARTED_NOTIFICATION, IN_ORDER, ids[i], recipients.get(i), NotificationKind.NEW_CONVERSATION.name(),
                        id, message.getSequenceNumber(), position, message.getTimestamp().atOffset(ZoneOffset.UTC));
            }
            return;
        }
        writes.update(STARTED, List.of(id, IN_ORDER), id, message.getSequenceNumber(), NotificationKind.NEW_CONVERSATION.name(),
                message.getSequenceNumber(), recipients.isEmpty() ? null : globalIndex.of(message),
                message.getTimestamp().atOffset(ZoneOffset.UTC), ids,
                recipients.toArray(String[]::new));
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
        String id = event.conversationId().toString();
        boolean notifying = mayNotify(event);
        FreshRow fresh = writes.held(id, FreshRow.class);
        if (fresh != null && set.isEmpty() && !notifying) {
            fresh.advance(message.getSequenceNumber()); // a rebuild's batch holds the row: nothing else changes
            return;
        }
        if (!notifying) {
            String sql = changes.computeIfAbsent(set, assignment -> "UPDATE read_model.notification_conversation"
                    + " SET last_sequence = ?" + assignment.replace(":value", "v.value")
                    + " FROM (SELECT CAST(? AS TEXT) AS value) v WHERE conversation_id = ? AND last_sequence < ?");
            writes.update(sql, id, message.getSequenceNumber(), value, id, message.getSequenceNumber());
            return;
        }
        writes.flush(); // what follows reads the directory and the row this event changes
        var update = jdbc.sql("UPDATE read_model.notification_conversation SET last_sequence = :sequence" + set
                        + " WHERE conversation_id = :id AND last_sequence < :sequence RETURNING assignee, joined_staff")
                .param("id", id).param("sequence", message.getSequenceNumber());
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
        writes.clear("read_model.notification",
                "read_model.notification_staff",
                "read_model.notification_conversation");
    }

    /** Who is on one conversation after the event: its assignee and the comma-separated staff who joined it. */
    private record Participants(String assignee, String joinedStaff) {
        List<String> joined() {
            return joinedStaff.isEmpty() ? List.of() : Arrays.asList(joinedStaff.split(","));
        }
    }

    /**
     * Active admins and agents, by staff id. Only this projection's staff events change them, so a
     * batch reads them once, until one of those events comes ({@link #directoryChanges()}).
     */
    private List<String> activeHandlers() {
        if (!CurrentUnitOfWork.isStarted()) {
            return readActiveHandlers();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(ACTIVE_HANDLERS, key -> readActiveHandlers());
    }

    private List<String> readActiveHandlers() {
        writes.flush();
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

    private static void directoryChanges() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().remove(ACTIVE_HANDLERS);
        }
    }

    /**
     * Whether handling this event may notify anyone, and so needs to know whether it applied and who
     * is on the conversation: assignments, missed response targets, urgent device messages, and staff
     * text that mentions someone.
     */
    private static boolean mayNotify(ConversationEvent event) {
        if (event instanceof StaffAssigned || event instanceof ResponseTargetMissed) {
            return true;
        }
        if (event instanceof MessageSent sent) {
            return sent.urgent() && sent.author().isDevice()
                    || sent.author().isStaff() && sent.content().body() != null && MENTION.matcher(sent.content().body().text()).find();
        }
        return event instanceof PrivateNoteAdded note && MENTION.matcher(note.body().text()).find();
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
