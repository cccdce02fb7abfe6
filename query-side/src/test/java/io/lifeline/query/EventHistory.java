package io.lifeline.query;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;

/**
 * Writes valid conversation histories into the event store, as the command side would have: each
 * event with its sequence, timestamp, actor, role, causation and correlation.
 * <pre>
 * ConversationId id = history.conversation(device).at(t0).started(Priority.HIGH)
 *         .deviceSays("help").at(t0.plusSeconds(30)).staffJoins(agent).staffSays(agent, "on it")
 *         .resolvedBy(agent).append();
 * </pre>
 */
public final class EventHistory {
    private final EventStorageEngine storage;

    public EventHistory(EventStorageEngine storage) {
        this.storage = storage;
    }

    public Conversation conversation(DeviceId device) {
        return new Conversation(ConversationId.random(), device);
    }

    /** A device starts, writes, staff joins and answers, and resolves it: {@code 4 + deviceMessages} events. */
    public ConversationId conversation(DeviceId device, StaffId staff, int deviceMessages) {
        Conversation conversation = conversation(device).started(Priority.NORMAL);
        for (int n = 0; n < deviceMessages; n++) {
            conversation.deviceSays("message " + n);
        }
        return conversation.staffJoins(staff).staffSays(staff, "on it").resolvedBy(staff).append();
    }

    /** One conversation's events, built in order and appended together. */
    public final class Conversation {
        private final ConversationId id;
        private final DeviceId device;
        private final List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        private Instant clock = Instant.now();
        private long sequence;

        private Conversation(ConversationId id, DeviceId device) {
            this.id = id;
            this.device = device;
        }

        public ConversationId id() {
            return id;
        }

        /** The time the next events happened at. */
        public Conversation at(Instant time) {
            clock = time;
            return this;
        }

        public Conversation started(Priority priority) {
            return started(Channel.MOBILE, ConversationContext.general(), priority);
        }

        public Conversation started(Channel channel, ConversationContext context, Priority priority) {
            return add(Actor.device(device), null, new ConversationStarted(id, device, channel, "Help", context, priority,
                    null, Actor.device(device)));
        }

        /** Started by a device that sent where it was. */
        public Conversation startedFrom(Location location, Priority priority) {
            return add(Actor.device(device), null, new ConversationStarted(id, device, Channel.MOBILE, "Help",
                    ConversationContext.general(), priority, location, Actor.device(device)));
        }

        public Conversation deviceSays(String text) {
            return deviceSays(text, false);
        }

        public Conversation deviceSays(String text, boolean urgent) {
            return add(Actor.device(device), null, new MessageSent(id, MessageId.random(), clientId(), Actor.device(device),
                    MessageContent.text(text), null, urgent));
        }

        public Conversation staffSays(StaffId staff, String text) {
            return add(Actor.staff(staff), "AGENT", new MessageSent(id, MessageId.random(), clientId(), Actor.staff(staff),
                    MessageContent.text(text), null, false));
        }

        /** An automated message (an auto-reply rule), which never counts as a staff response. */
        public Conversation systemSays(String rule, String text) {
            return add(Actor.system(rule), null, new MessageSent(id, MessageId.random(), clientId(), Actor.system(rule),
                    new MessageContent(MessageKind.SYSTEM, new MessageBody(text), null, null), null, false));
        }

        public Conversation privateNote(StaffId staff, String text) {
            return add(Actor.staff(staff), "AGENT", new PrivateNoteAdded(id, MessageId.random(), staff, new MessageBody(text)));
        }

        public Conversation staffJoins(StaffId staff) {
            return add(Actor.staff(staff), "AGENT", new StaffJoined(id, staff));
        }

        public Conversation staffLeaves(StaffId staff) {
            return add(Actor.staff(staff), "AGENT", new StaffLeft(id, staff));
        }

        public Conversation assigned(StaffId staff, StaffId previous, AssignmentReason reason) {
            return add(Actor.staff(staff), "AGENT", new StaffAssigned(id, staff, previous, reason));
        }

        public Conversation unassigned(StaffId former) {
            return add(Actor.staff(former), "AGENT", new StaffUnassigned(id, former));
        }

        public Conversation priorityChanged(Priority priority, Priority previous) {
            return add(Actor.system("test"), null, new PriorityChanged(id, priority, previous));
        }

        public Conversation deviceRead(long upToSequence) {
            return add(Actor.device(device), null, new MessagesRead(id, Actor.device(device), upToSequence));
        }

        public Conversation staffRead(StaffId staff, long upToSequence) {
            return add(Actor.staff(staff), "AGENT", new MessagesRead(id, Actor.staff(staff), upToSequence));
        }

        public Conversation delivered(Actor participant, long upToSequence) {
            return add(participant, participant.isStaff() ? "AGENT" : null, new MessagesDelivered(id, participant, upToSequence));
        }

        public Conversation snoozed(Instant until) {
            return add(Actor.system("test"), null, new ConversationSnoozed(id, until));
        }

        public Conversation resolvedBy(StaffId staff) {
            return add(Actor.staff(staff), "AGENT", new ConversationResolved(id));
        }

        public Conversation reopenedByDevice() {
            return add(Actor.device(device), null, new ConversationReopened(id));
        }

        public Conversation closed() {
            return add(Actor.system("test"), null, new ConversationClosed(id));
        }

        public Conversation labelled(String label) {
            return add(Actor.system("test"), null, new LabelAdded(id, new Label(label)));
        }

        public Conversation unlabelled(String label) {
            return add(Actor.system("test"), null, new LabelRemoved(id, new Label(label)));
        }

        /** The device rates the conversation (1 to 5), naming who held it then. */
        public Conversation ratedByDevice(int rating, String comment, StaffId assignee) {
            return add(Actor.device(device), null, new ConversationRated(id, rating,
                    comment == null ? null : new MessageBody(comment), assignee));
        }

        /** A response clock started now by the device's act, due {@code within} later. */
        public Conversation clockStarted(ResponseTargetKind kind, java.time.Duration within) {
            return add(Actor.device(device), null, new ResponseClockStarted(id, kind, within, clock.plus(within)));
        }

        /** A response target the conversation missed, due a minute before now, at the priority it had then. */
        public Conversation missedTarget(ResponseTargetKind kind, Priority priority) {
            return add(Actor.system("response-due"), null,
                    new ResponseTargetMissed(id, kind, clock.minusSeconds(60), priority));
        }

        /** The sequence number the next event will get. */
        public long nextSequence() {
            return sequence;
        }

        public ConversationId append() {
            storage.appendEvents(new ArrayList<>(events));
            events.clear();
            return id;
        }

        private Conversation add(Actor actor, String role, Object payload) {
            String cause = UUID.randomUUID().toString();
            MetaData metaData = MetaData.with(Actor.METADATA_KEY, actor.toString())
                    .and("causationId", cause).and("correlationId", cause);
            if (role != null) {
                metaData = metaData.and(Actor.ROLE_METADATA_KEY, role);
            }
            events.add(new GenericDomainEventMessage<>("Conversation", id.toString(), sequence++, payload, metaData,
                    UUID.randomUUID().toString(), clock));
            return this;
        }

        private ClientMessageId clientId() {
            return new ClientMessageId("c-" + sequence);
        }
    }
}
