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
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Turns events into staff notifications. Staff events keep a small directory (who is an active
 * admin or agent, who has which username) and conversation events keep who is on each
 * conversation, both guarded by the last applied sequence, so an event handled twice changes
 * nothing. The processor reads the store in order, so the directory is what it was when each
 * conversation event happened, on every rebuild alike. Read marks live in {@code notification_read},
 * which the reset leaves alone.
 */
@Component
@ProcessingGroup("notifications")
class NotificationProjection {
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._@-])@([A-Za-z0-9][A-Za-z0-9._-]{2,63})");
    private final NotificationRepository notifications;
    private final NotifiableStaffRepository staff;
    private final ConversationParticipantsRepository conversations;

    NotificationProjection(NotificationRepository notifications, NotifiableStaffRepository staff,
                           ConversationParticipantsRepository conversations) {
        this.notifications = notifications;
        this.staff = staff;
        this.conversations = conversations;
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
    void on(ConversationStarted event, DomainEventMessage<?> message, TrackingToken token) {
        String id = event.conversationId().toString();
        if (conversations.existsById(id)) {
            return; // already applied
        }
        conversations.save(new ConversationParticipants(id, message.getSequenceNumber()));
        String starter = event.startedBy() != null && event.startedBy().isStaff() ? event.startedBy().id() : null;
        for (NotifiableStaff member : staff.activeHandlers()) {
            if (!member.staffId().equals(starter)) {
                deliver(member.staffId(), NotificationKind.NEW_CONVERSATION, message, token);
            }
        }
    }

    @EventHandler
    void on(ConversationEvent event, DomainEventMessage<?> message, TrackingToken token) {
        ConversationParticipants conversation = conversations.findById(event.conversationId().toString()).orElse(null);
        if (conversation == null || conversation.hasApplied(message.getSequenceNumber())) {
            return; // already applied (or a history without its start, which the store never holds)
        }
        conversation.applied(message.getSequenceNumber());
        if (event instanceof StaffJoined joined) {
            conversation.join(joined.staffId().toString());
        } else if (event instanceof StaffLeft left) {
            conversation.leave(left.staffId().toString());
        } else if (event instanceof StaffAssigned assigned) {
            conversation.assignee(assigned.assignee().toString());
            notifyIfReachable(assigned.assignee().toString(), NotificationKind.ASSIGNED_TO_YOU, message, token);
        } else if (event instanceof StaffUnassigned unassigned) {
            if (unassigned.formerAssignee().toString().equals(conversation.assignee())) {
                conversation.assignee(null);
            }
        } else if (event instanceof MessageSent sent) {
            if (sent.urgent() && sent.author().isDevice()) {
                for (String recipient : urgentRecipients(conversation)) {
                    notifyIfReachable(recipient, NotificationKind.URGENT_MESSAGE, message, token);
                }
            } else if (sent.author().isStaff() && sent.content().body() != null) {
                mentions(sent.content().body().text(), sent.author().id(), message, token);
            }
        } else if (event instanceof PrivateNoteAdded note) {
            mentions(note.body().text(), note.author().toString(), message, token);
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

    private void mentions(String text, String author, DomainEventMessage<?> message, TrackingToken token) {
        Set<String> named = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            // a mention may end a sentence: "ask @ana." names ana
            named.add(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("[._-]+$", ""));
        }
        for (String username : named) {
            staff.findByUsernameAndActiveTrue(username).map(NotifiableStaff::staffId)
                    .filter(recipient -> !recipient.equals(author))
                    .ifPresent(recipient -> deliver(recipient, NotificationKind.MENTIONED, message, token));
        }
    }

    /** Staff the directory knows to be deactivated get nothing; anyone else is notified. */
    private void notifyIfReachable(String recipient, NotificationKind kind, DomainEventMessage<?> message,
                                   TrackingToken token) {
        if (staff.findById(recipient).map(NotifiableStaff::active).orElse(true)) {
            deliver(recipient, kind, message, token);
        }
    }

    private void deliver(String recipient, NotificationKind kind, DomainEventMessage<?> message, TrackingToken token) {
        if (notifications.existsById(Notification.idFor(message.getIdentifier(), recipient, kind))) {
            return;
        }
        notifications.save(new Notification(message.getIdentifier(), recipient, kind, message.getAggregateIdentifier(),
                message.getSequenceNumber(), token.position().orElseThrow(), message.getTimestamp()));
    }
}
