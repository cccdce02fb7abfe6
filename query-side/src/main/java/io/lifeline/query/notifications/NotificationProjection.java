package io.lifeline.query.notifications;

import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.PrivateNoteAdded;
import io.lifeline.contracts.conversation.StaffAssigned;
import io.lifeline.contracts.conversation.StaffJoined;
import io.lifeline.contracts.conversation.StaffLeft;
import io.lifeline.contracts.conversation.StaffUnassigned;
import io.lifeline.contracts.staff.StaffDeactivated;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRoleChanged;
import io.lifeline.query.config.EventGlobalIndex;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
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
 * sees events, so a late event's notifications come as the newest. Give it one segment.
 */
@Component
@ProcessingGroup("notifications")
class NotificationProjection {
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._@-])@([A-Za-z0-9][A-Za-z0-9._-]{2,63})");
    private final NotificationRepository notifications;
    private final NotifiableStaffRepository staff;
    private final ConversationParticipantsRepository conversations;
    private final EventGlobalIndex globalIndex;

    NotificationProjection(NotificationRepository notifications, NotifiableStaffRepository staff,
                           ConversationParticipantsRepository conversations, EventGlobalIndex globalIndex) {
        this.notifications = notifications;
        this.staff = staff;
        this.conversations = conversations;
        this.globalIndex = globalIndex;
    }

    @EventHandler
    void on(StaffRegistered event, @SequenceNumber long sequence) {
        if (staff.existsById(event.staffId().toString())) {
            return; // already applied
        }
        staff.save(new NotifiableStaff(event.staffId().toString(), event.username().value(), event.role().name(), sequence));
    }

    @EventHandler
    void on(StaffRoleChanged event, @SequenceNumber long sequence) {
        staff.findById(event.staffId().toString()).filter(member -> !member.hasApplied(sequence)).ifPresent(member -> {
            member.role(event.role().name(), sequence);
            staff.save(member);
        });
    }

    @EventHandler
    void on(StaffDeactivated event, @SequenceNumber long sequence) {
        staff.findById(event.staffId().toString()).filter(member -> !member.hasApplied(sequence)).ifPresent(member -> {
            member.deactivate(sequence);
            staff.save(member);
        });
    }

    @EventHandler
    void on(ConversationStarted event, DomainEventMessage<?> message) {
        String id = event.conversationId().toString();
        if (conversations.existsById(id)) {
            return; // already applied
        }
        conversations.save(new ConversationParticipants(id, message.getSequenceNumber()));
        String starter = event.startedBy() != null && event.startedBy().isStaff() ? event.startedBy().id() : null;
        NotifiedEvent notified = new NotifiedEvent(message);
        for (NotifiableStaff member : staff.activeHandlers()) {
            if (!member.staffId().equals(starter)) {
                deliver(member.staffId(), NotificationKind.NEW_CONVERSATION, notified);
            }
        }
    }

    @EventHandler
    void on(ConversationEvent event, DomainEventMessage<?> message) {
        ConversationParticipants conversation = conversations.findById(event.conversationId().toString()).orElse(null);
        if (conversation == null || conversation.hasApplied(message.getSequenceNumber())) {
            return; // already applied (or a history without its start, which the store never holds)
        }
        conversation.applied(message.getSequenceNumber());
        NotifiedEvent notified = new NotifiedEvent(message);
        if (event instanceof StaffJoined joined) {
            conversation.join(joined.staffId().toString());
        } else if (event instanceof StaffLeft left) {
            conversation.leave(left.staffId().toString());
        } else if (event instanceof StaffAssigned assigned) {
            conversation.assignee(assigned.assignee().toString());
            notifyIfReachable(assigned.assignee().toString(), NotificationKind.ASSIGNED_TO_YOU, notified);
        } else if (event instanceof StaffUnassigned unassigned) {
            if (unassigned.formerAssignee().toString().equals(conversation.assignee())) {
                conversation.assignee(null);
            }
        } else if (event instanceof MessageSent sent) {
            if (sent.urgent() && sent.author().isDevice()) {
                for (String recipient : urgentRecipients(conversation)) {
                    notifyIfReachable(recipient, NotificationKind.URGENT_MESSAGE, notified);
                }
            } else if (sent.author().isStaff() && sent.content().body() != null) {
                mentions(sent.content().body().text(), sent.author().id(), notified);
            }
        } else if (event instanceof PrivateNoteAdded note) {
            mentions(note.body().text(), note.author().toString(), notified);
        }
        conversations.save(conversation);
    }

    @ResetHandler
    void reset() {
        // notification_read stays: read marks are not events, and the rebuilt rows get the same ids
        notifications.deleteAllInBatch();
        staff.deleteAllInBatch();
        conversations.deleteAllInBatch();
    }

    private Set<String> urgentRecipients(ConversationParticipants conversation) {
        Set<String> recipients = new LinkedHashSet<>();
        if (conversation.assignee() != null) {
            recipients.add(conversation.assignee());
        } else {
            staff.activeHandlers().forEach(member -> recipients.add(member.staffId()));
        }
        recipients.addAll(conversation.joined());
        return recipients;
    }

    private void mentions(String text, String author, NotifiedEvent notified) {
        Set<String> named = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            // a mention may end a sentence: "ask @ana." names ana
            named.add(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("[._-]+$", ""));
        }
        for (String username : named) {
            staff.findByUsernameAndActiveTrue(username).map(NotifiableStaff::staffId)
                    .filter(recipient -> !recipient.equals(author))
                    .ifPresent(recipient -> deliver(recipient, NotificationKind.MENTIONED, notified));
        }
    }

    /** Staff the directory knows to be deactivated get nothing; anyone else is notified. */
    private void notifyIfReachable(String recipient, NotificationKind kind, NotifiedEvent notified) {
        if (staff.findById(recipient).map(NotifiableStaff::active).orElse(true)) {
            deliver(recipient, kind, notified);
        }
    }

    private void deliver(String recipient, NotificationKind kind, NotifiedEvent notified) {
        DomainEventMessage<?> message = notified.message();
        if (notifications.existsById(Notification.idFor(message.getIdentifier(), recipient, kind))) {
            return; // already delivered: handling is idempotent
        }
        notifications.save(new Notification(message.getIdentifier(), recipient, kind, message.getAggregateIdentifier(),
                message.getSequenceNumber(), notified.globalIndex(), message.getTimestamp()));
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
