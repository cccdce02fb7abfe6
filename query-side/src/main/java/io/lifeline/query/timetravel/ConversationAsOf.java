package io.lifeline.query.timetravel;

import io.lifeline.contracts.conversation.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A conversation's state folded from its events up to an instant. Mutable while folding, then
 * answered as a {@link View}; kept apart from the aggregate, which knows only what its rules need.
 */
final class ConversationAsOf {
    /**
     * What the conversation looked like at {@code asOf}; {@code latitude}, {@code longitude} and
     * {@code accuracyMeters} are where the device was when it started it (null when it sent none).
     */
    record View(String conversationId, Instant asOf, long sequence, Instant lastChangedAt, String status,
                String priority, String channel, String context, String contextReference, String subject,
                String device, Double latitude, Double longitude, Double accuracyMeters, String assignee,
                List<String> participants, List<String> labels, int messages, int privateNotes) {}

    private final String id;
    private ConversationStatus status;
    private Priority priority;
    private Channel channel;
    private ConversationContext context;
    private String subject;
    private String device;
    private Location startLocation;
    private String assignee;
    private final TreeSet<String> participants = new TreeSet<>();
    private final TreeSet<String> labels = new TreeSet<>();
    private int messages;
    private int privateNotes;
    private long sequence = -1;
    private Instant lastChangedAt;

    ConversationAsOf(String id) {
        this.id = id;
    }

    boolean isEmpty() {
        return sequence < 0;
    }

    void apply(Object event, long sequence, Instant at) {
        this.sequence = sequence;
        this.lastChangedAt = at;
        if (event instanceof ConversationStarted started) {
            status = ConversationStatus.OPEN;
            priority = started.priority();
            channel = started.channel();
            context = started.context();
            subject = started.subject();
            device = started.device().value();
            startLocation = started.location();
            if (started.startedBy().isStaff()) participants.add(started.startedBy().id());
        } else if (event instanceof MessageSent) {
            messages++;
        } else if (event instanceof PrivateNoteAdded) {
            privateNotes++;
        } else if (event instanceof StaffJoined joined) {
            participants.add(joined.staffId().toString());
        } else if (event instanceof StaffLeft left) {
            participants.remove(left.staffId().toString());
        } else if (event instanceof StaffAssigned assigned) {
            assignee = assigned.assignee().toString();
        } else if (event instanceof StaffUnassigned) {
            assignee = null;
        } else if (event instanceof PriorityChanged changed) {
            priority = changed.priority();
        } else if (event instanceof ConversationSnoozed) {
            status = ConversationStatus.SNOOZED;
        } else if (event instanceof ConversationResolved) {
            status = ConversationStatus.RESOLVED;
        } else if (event instanceof ConversationReopened) {
            status = ConversationStatus.OPEN;
        } else if (event instanceof ConversationClosed) {
            status = ConversationStatus.CLOSED;
        } else if (event instanceof LabelAdded added) {
            labels.add(added.label().value());
        } else if (event instanceof LabelRemoved removed) {
            labels.remove(removed.label().value());
        }
        // Delivery and read positions change nothing shown here.
    }

    View view(Instant asOf) {
        return new View(id, asOf, sequence, lastChangedAt, status == null ? null : status.name(),
                priority == null ? null : priority.name(), channel == null ? null : channel.name(),
                context == null ? null : context.kind().name(), context == null ? null : context.referenceId(), subject,
                device, startLocation == null ? null : startLocation.latitude(),
                startLocation == null ? null : startLocation.longitude(),
                startLocation == null ? null : startLocation.accuracyMeters(), assignee, new ArrayList<>(participants),
                new ArrayList<>(labels), messages, privateNotes);
    }
}
