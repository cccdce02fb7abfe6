package io.lifeline.query.stats;

import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.query.batching.HeldRows;
import io.lifeline.query.batching.ProjectionWrites;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * A conversation whose start a rebuild applied in the current batch, with the events after it folded
 * in memory: its rows exactly as {@link StatsProjection}'s statements would leave them, written as
 * one insert per row when the batch sends (instead of an insert and then updates of the same rows).
 * Each fold mirrors one of the projection's statements; an event already folded changes nothing.
 */
final class FreshConversation implements HeldRows {
    private static final String CONVERSATION = """
            INSERT INTO read_model.stats_conversation (conversation_id, status, priority, channel, context_kind,
                context_reference, assignee, created_at, current_cycle, waiting_sequence, last_sequence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id) DO NOTHING""";
    private static final String CYCLE = """
            INSERT INTO read_model.stats_cycle (conversation_id, cycle, started_at, first_device_message_at,
                first_staff_message_at, responder, resolved_at, resolved_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id, cycle) DO NOTHING""";
    private static final String MESSAGE = """
            INSERT INTO read_model.stats_message (conversation_id, sequence, sent_at, hour_bucket, author_kind, message_kind)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id, sequence) DO NOTHING""";
    private static final String REPLY = """
            INSERT INTO read_model.stats_reply (conversation_id, waiting_sequence, cycle, waiting_since, replied_at, responder)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id, waiting_sequence) DO NOTHING""";

    private final UUID id;
    private final String channel;
    private final String contextKind;
    private final String contextReference;
    private final OffsetDateTime createdAt;
    private String status;
    private String priority;
    private UUID assignee;
    private int currentCycle;
    private Long waitingSequence;
    private long lastSequence;
    private final List<Cycle> cycles = new ArrayList<>(1);
    private final List<Object[]> messages = new ArrayList<>(2);
    private final Map<Long, Reply> replies = new LinkedHashMap<>(2);

    private static final class Cycle {
        final int number;
        final OffsetDateTime startedAt;
        OffsetDateTime firstDeviceMessageAt;
        OffsetDateTime firstStaffMessageAt;
        UUID responder;
        OffsetDateTime resolvedAt;
        UUID resolvedBy;

        Cycle(int number, OffsetDateTime startedAt) {
            this.number = number;
            this.startedAt = startedAt;
        }
    }

    private static final class Reply {
        final int cycle;
        final OffsetDateTime waitingSince;
        OffsetDateTime repliedAt;
        UUID responder;

        Reply(int cycle, OffsetDateTime waitingSince) {
            this.cycle = cycle;
            this.waitingSince = waitingSince;
        }
    }

    FreshConversation(UUID id, long sequence, String priority, String channel, String contextKind, String contextReference,
                      OffsetDateTime at) {
        this.id = id;
        this.lastSequence = sequence;
        this.status = ConversationStatus.OPEN.name();
        this.priority = priority;
        this.channel = channel;
        this.contextKind = contextKind;
        this.contextReference = contextReference;
        this.createdAt = at;
        cycles.add(new Cycle(0, at));
    }

    /** Moves to this event; false if it was folded already. */
    boolean advance(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }

    void message(long sequence, OffsetDateTime at, OffsetDateTime hour, String authorKind, String messageKind) {
        messages.add(new Object[] {id, sequence, at, hour, authorKind, messageKind});
    }

    /** {@link StatsProjection}'s device statement: only the first unanswered message starts a wait. */
    void deviceWrote(long sequence, OffsetDateTime at) {
        if (waitingSequence == null) {
            waitingSequence = sequence;
        }
        Cycle cycle = current();
        if (cycle != null && cycle.firstDeviceMessageAt == null) {
            cycle.firstDeviceMessageAt = at;
        }
        if (waitingSequence == sequence) {
            replies.put(sequence, new Reply(currentCycle, at));
        }
    }

    /** {@link StatsProjection}'s staff statement: answers the wait open before it, and maybe the cycle. */
    void staffAnswered(OffsetDateTime at, UUID staff) {
        Long before = waitingSequence;
        waitingSequence = null;
        Cycle cycle = current();
        if (cycle != null && cycle.firstDeviceMessageAt != null && cycle.firstStaffMessageAt == null) {
            cycle.firstStaffMessageAt = at;
            cycle.responder = staff;
        }
        Reply reply = before == null ? null : replies.get(before);
        if (reply != null) {
            reply.repliedAt = at;
            reply.responder = staff;
        }
    }

    void resolved(OffsetDateTime at, UUID resolver) {
        status = ConversationStatus.RESOLVED.name();
        waitingSequence = null;
        Cycle cycle = current();
        if (cycle != null && cycle.resolvedAt == null) {
            cycle.resolvedAt = at;
            cycle.resolvedBy = resolver;
        }
    }

    /** Only reopening a resolved conversation starts a new cycle; waking from a snooze continues the current one. */
    void reopened(OffsetDateTime at) {
        boolean wasResolved = ConversationStatus.RESOLVED.name().equals(status);
        status = ConversationStatus.OPEN.name();
        if (wasResolved) {
            currentCycle++;
            cycles.add(new Cycle(currentCycle, at));
        }
    }

    void closed() {
        status = ConversationStatus.CLOSED.name();
        waitingSequence = null;
    }

    void status(ConversationStatus newStatus) {
        status = newStatus.name();
    }

    void priority(String newPriority) {
        priority = newPriority;
    }

    void assigned(UUID staff) {
        assignee = staff;
    }

    /** Only the former assignee's unassignment empties the seat. */
    void unassigned(UUID former) {
        if (former.equals(assignee)) {
            assignee = null;
        }
    }

    @Override
    public void write(ProjectionWrites writes) {
        writes.update(CONVERSATION, id, id, status, priority, channel, contextKind, contextReference, uuid(assignee),
                createdAt, currentCycle, waitingSequence == null ? new SqlParameterValue(Types.BIGINT, null) : waitingSequence,
                lastSequence);
        for (Cycle cycle : cycles) {
            writes.update(CYCLE, id, id, cycle.number, cycle.startedAt, time(cycle.firstDeviceMessageAt),
                    time(cycle.firstStaffMessageAt), uuid(cycle.responder), time(cycle.resolvedAt), uuid(cycle.resolvedBy));
        }
        for (Object[] message : messages) {
            writes.update(MESSAGE, id, message);
        }
        for (Map.Entry<Long, Reply> entry : replies.entrySet()) {
            Reply reply = entry.getValue();
            writes.update(REPLY, id, id, entry.getKey(), reply.cycle, reply.waitingSince, time(reply.repliedAt),
                    uuid(reply.responder));
        }
    }

    /** The cycle the conversation row points at (the last one: cycles only ever grow). */
    private Cycle current() {
        Cycle last = cycles.get(cycles.size() - 1);
        return last.number == currentCycle ? last : null;
    }

    /** Typed, so that a batch of rows whose value is sometimes null keeps one statement type. */
    private static Object uuid(UUID value) {
        return value == null ? new SqlParameterValue(Types.OTHER, null) : value;
    }

    private static Object time(OffsetDateTime value) {
        return value == null ? new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, null) : value;
    }
}
