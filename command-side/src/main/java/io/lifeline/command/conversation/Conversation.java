package io.lifeline.command.conversation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.ActorKind;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.*;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One conversation between a device and staff, and the rules it keeps: only participants act, a
 * device only on its own conversation, nothing reaches a closed one, a resend is stored once.
 * Its snapshot holds only what the rules need, so appending costs the same at any length.
 */
@Aggregate(snapshotTriggerDefinition = "conversationSnapshotTrigger", cache = "conversationCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class Conversation {
    @AggregateIdentifier
    private ConversationId id;
    private DeviceId device;
    private ConversationStatus status;
    private Priority priority;
    private ContextKind contextKind;
    private StaffId assignee;
    private Set<StaffId> joined = new HashSet<>();
    private Set<Label> labels = new HashSet<>();
    private Map<String, Long> deliveredUpTo = new HashMap<>();
    private Map<String, Long> readUpTo = new HashMap<>();
    private Instant snoozedUntil;
    private StaffId awaitingAnswerFrom;
    private long assignedAt;
    private ResponseClocks clocks = new ResponseClocks();
    private Set<String> autoRepliedRules = new HashSet<>();
    private long firstDeviceMessage = -1;
    private ConversationRated rating;
    private long lastSequence;

    /** The deadline that ends a snooze; its payload is the snooze's end, so a later snooze ignores it. */
    static final String SNOOZE_ENDS = "snooze-ends";

    /** The deadline by which an automatically assigned agent must answer; its payload names the assignment it checks. */
    static final String ANSWER_DUE = "answer-due";

    /** The system rule name an automated reply's author carries, followed by the rule's id. */
    static final String AUTO_REPLY = "auto-reply.";

    /** The deadline of a response target; its payload names the clock it checks. */
    static final String RESPONSE_DUE = "response-due";

    Conversation() {
        // Axon rebuilds the aggregate from its snapshot and events through this constructor.
    }

    /** Starts a conversation; {@link ConversationStarter} decides whether a new one is wanted. */
    Conversation(StartConversation command, Acting acting, ConversationLimits limits) {
        if (command.firstMessage() != null && command.firstMessage().content().attachment() != null) {
            throw new UnknownAttachment(); // nothing can have been uploaded to a conversation not yet started
        }
        apply(new ConversationStarted(command.conversationId(), command.device(), command.channel(),
                command.subject(), command.context(), command.priority(), command.location(), acting.actor()));
        FirstMessage first = command.firstMessage();
        if (first != null) {
            requireWithinLength(first.content(), limits);
            apply(new MessageSent(command.conversationId(), first.messageId(), first.clientMessageId(),
                    acting.actor(), first.content(), null, first.urgent() || command.priority() == Priority.URGENT));
        }
    }

    @CommandHandler
    MessageAccepted handle(SendMessage command, Acting acting, ConversationLimits limits, SentMessages sent,
                           UploadedAttachments attachments, ResponseTargetBook targets, DeadlineManager deadlines) {
        requireParticipant(acting, "send messages");
        var earlier = sent.find(id, acting.actor(), command.clientMessageId());
        if (earlier.isPresent()) {
            if (!earlier.get().isResentAs(command.content(), command.replyTo())) {
                throw new ClientMessageIdReused(command.clientMessageId()); // a resend must not drop a different text
            }
            return new MessageAccepted(id, earlier.get().messageId(), earlier.get().sequence(), true); // idempotent resend
        }
        requireNotClosed();
        requireWithinLength(command.content(), limits);
        requireUploadedHere(command.content(), attachments);
        requireRepliesHere(command.replyTo(), sent);
        boolean reopening = acting.actor().isDevice() && status != ConversationStatus.OPEN;
        if (reopening) {
            apply(new ConversationReopened(id)); // people come back to the same thread
        }
        apply(new MessageSent(id, command.messageId(), command.clientMessageId(), acting.actor(),
                command.content(), command.replyTo(), command.urgent()));
        long sequence = lastSequence;
        if (reopening) {
            startClock(ResponseTargetKind.RESOLUTION, targets, deadlines);
        }
        if (acting.actor().isDevice() && clocks.awaitsNextAnswer()) {
            startClock(ResponseTargetKind.NEXT_RESPONSE, targets, deadlines);
        }
        return new MessageAccepted(id, command.messageId(), sequence, false);
    }

    /** A device's new conversation awaits its first answer and its resolution, where admins set targets for them. */
    void startResponseClocks(ResponseTargetBook targets, DeadlineManager deadlines) {
        startClock(ResponseTargetKind.FIRST_RESPONSE, targets, deadlines);
        startClock(ResponseTargetKind.RESOLUTION, targets, deadlines);
    }

    /**
     * A clock runs with the target as it was when it started: a target changed later applies to clocks
     * started later. Nothing is stored or scheduled where no target is set.
     */
    private void startClock(ResponseTargetKind kind, ResponseTargetBook targets, DeadlineManager deadlines) {
        if (clocks.isRunning(kind)) {
            return;
        }
        targets.find(kind, priority, contextKind).ifPresent(target -> {
            Instant dueBy = target.dueFrom(GenericEventMessage.clock.instant());
            apply(new ResponseClockStarted(id, kind, target.within(), dueBy));
            deadlines.schedule(dueBy, RESPONSE_DUE, new ResponseDue(kind, lastSequence));
        });
    }

    /** A missed target is a system rule's act, like the end of a snooze. */
    @DeadlineHandler(deadlineName = RESPONSE_DUE)
    void responseDue(ResponseDue due, @MessageIdentifier String deadlineId) {
        // Else answered, resolved, or a later clock of that kind runs.
        clocks.runningSince(due.kind(), due.startedAt()).ifPresent(clock -> apply(
                new ResponseTargetMissed(id, due.kind(), clock.dueBy(), priority), MetaData.with(Actor.METADATA_KEY,
                        Actor.system(RESPONSE_DUE).toString()).and("causationId", deadlineId).and("correlationId", deadlineId)));
    }

    /**
     * An automated reply is written once per rule and conversation, and a greeting only in answer to
     * the device's first message; a closed conversation gets none. Its author names the rule.
     */
    @CommandHandler
    CommandAccepted handle(SendAutomatedReply command, Acting acting) {
        if (acting.actor().kind() != ActorKind.SYSTEM) {
            throw new ActionNotPermitted("only the automated-reply rules write automated replies");
        }
        boolean notTheFirstMessage = command.greeting() && command.trigger() != firstDeviceMessage;
        if (status == ConversationStatus.CLOSED || autoRepliedRules.contains(command.rule()) || notTheFirstMessage) {
            return accepted();
        }
        apply(new MessageSent(id, command.messageId(), new ClientMessageId(AUTO_REPLY + command.rule()),
                Actor.system(AUTO_REPLY + command.rule()), new MessageContent(MessageKind.SYSTEM, command.text(), null, null),
                null, false));
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(AddPrivateNote command, Acting acting) {
        requireStaff(acting, "private notes are written by staff only");
        requireMayManage(acting, "write notes");
        requireNotClosed();
        apply(new PrivateNoteAdded(id, command.noteId(), acting.actor().staffId(), command.body()));
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(MarkDelivered command, Acting acting) {
        requireParticipant(acting, "record what you received");
        long upTo = requireKnownSequence(command.upToSequence());
        if (upTo > deliveredUpTo.getOrDefault(acting.actor().toString(), -1L)) { // positions only move forward
            apply(new MessagesDelivered(id, acting.actor(), upTo));
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(MarkRead command, Acting acting) {
        requireParticipant(acting, "record what you read");
        long upTo = requireKnownSequence(command.upToSequence());
        if (upTo > readUpTo.getOrDefault(acting.actor().toString(), -1L)) { // positions only move forward
            apply(new MessagesRead(id, acting.actor(), upTo));
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(JoinConversation command, Acting acting, ConversationLimits limits) {
        StaffId staff = requireConversationStaff(acting, "join");
        requireNotClosed();
        if (!isParticipant(staff)) {
            requireRoomFor(limits);
            apply(new StaffJoined(id, staff));
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(LeaveConversation command, Acting acting) {
        requireStaff(acting, "only staff leave conversations");
        StaffId staff = acting.actor().staffId(); // any role may leave, even one that may no longer take part
        if (staff.equals(assignee)) {
            apply(new StaffUnassigned(id, staff));
        }
        if (joined.contains(staff)) {
            apply(new StaffLeft(id, staff));
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(AssignStaff command, Acting acting, ConversationLimits limits, StaffDirectory directory) {
        StaffId target = command.assignee();
        boolean takingFromQueue = assignee == null && acting.actor().isStaff()
                && acting.actor().staffId().equals(target) && acting.role().handlesConversations();
        if (!takingFromQueue) {
            requireMayManage(acting, "assign");
        }
        requireNotClosed();
        if (target.equals(assignee)) {
            return accepted();
        }
        if (!directory.canBeAssigned(target)) {
            throw new StaffNotAssignable(target);
        }
        requireRoomForAssignee(target, limits);
        apply(new StaffAssigned(id, target, assignee, command.reason()));
        return accepted();
    }

    /**
     * The routing desk's choice takes effect only while the conversation is open or snoozed and its
     * assignee is still the one the desk expected: a person's assignment meanwhile wins, and the desk
     * learns of it from that assignment's event. The agent must answer within the set time.
     */
    @CommandHandler
    CommandAccepted handle(AssignAutomatically command, Acting acting, ConversationLimits limits,
                           StaffDirectory directory, AnswerDeadline answer, DeadlineManager deadlines) {
        requireSystem(acting, "assign automatically");
        StaffId target = command.assignee();
        if (status == ConversationStatus.CLOSED || status == ConversationStatus.RESOLVED
                || !Objects.equals(assignee, command.expectedAssignee()) || target.equals(assignee)) {
            return accepted();
        }
        if (!directory.canBeAssigned(target)) {
            throw new StaffNotAssignable(target);
        }
        requireRoomForAssignee(target, limits);
        apply(new StaffAssigned(id, target, assignee, AssignmentReason.AUTO));
        if (answer.isSet()) {
            deadlines.schedule(answer.within(), ANSWER_DUE, new AnswerDue(target, lastSequence));
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(UnassignAutomatically command, Acting acting) {
        requireSystem(acting, "unassign automatically");
        if (status != ConversationStatus.CLOSED && command.expectedAssignee().equals(assignee)) {
            apply(new StaffUnassigned(id, assignee));
        }
        return accepted();
    }

    /** Like the end of a snooze, a missed answer is a system rule's act, with its actor and causation given explicitly. */
    @DeadlineHandler(deadlineName = ANSWER_DUE)
    void answerDue(AnswerDue due, @MessageIdentifier String deadlineId) {
        if (status == ConversationStatus.OPEN && due.assignee().equals(awaitingAnswerFrom) && due.assignedAt() == assignedAt) {
            apply(new AnswerDeadlineMissed(id, due.assignee()), MetaData.with(Actor.METADATA_KEY,
                    Actor.system(ANSWER_DUE).toString()).and("causationId", deadlineId).and("correlationId", deadlineId));
        }
    }

    @CommandHandler
    CommandAccepted handle(UnassignStaff command, Acting acting) {
        requireMayManage(acting, "unassign");
        requireNotClosed();
        if (assignee != null) {
            apply(new StaffUnassigned(id, assignee));
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(ChangePriority command, Acting acting) {
        requireMayManage(acting, "change the priority");
        requireNotClosed();
        if (command.priority() != priority) {
            apply(new PriorityChanged(id, command.priority(), priority));
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(SnoozeConversation command, Acting acting, DeadlineManager deadlines) {
        requireMayManage(acting, "snooze");
        requireNotClosed();
        if (status != ConversationStatus.OPEN) {
            throw new ConversationNotOpen(id, status);
        }
        if (!command.until().isAfter(Instant.now())) {
            throw new SnoozeNotInFuture();
        }
        apply(new ConversationSnoozed(id, command.until()));
        deadlines.schedule(command.until(), SNOOZE_ENDS, command.until());
        return accepted();
    }

    /**
     * The end of a snooze is the act of a system rule, not of whoever snoozed. Deadlines carry no
     * correlation data here, so the event gets its actor and causation explicitly.
     */
    @DeadlineHandler(deadlineName = SNOOZE_ENDS)
    void snoozeEnded(Instant until, @MessageIdentifier String deadlineId) {
        if (status == ConversationStatus.SNOOZED && until.equals(snoozedUntil)) { // else reopened or snoozed anew
            apply(new ConversationReopened(id), MetaData.with(Actor.METADATA_KEY, Actor.system(SNOOZE_ENDS).toString())
                    .and("causationId", deadlineId).and("correlationId", deadlineId));
        }
    }

    @CommandHandler
    CommandAccepted handle(ResolveConversation command, Acting acting) {
        requireMayManage(acting, "resolve");
        requireNotClosed();
        if (status != ConversationStatus.RESOLVED) {
            apply(new ConversationResolved(id));
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(ReopenConversation command, Acting acting, ResponseTargetBook targets, DeadlineManager deadlines) {
        if (acting.actor().isDevice()) {
            requireOwnDevice(acting);
        } else {
            requireMayManage(acting, "reopen");
        }
        requireNotClosed();
        if (status != ConversationStatus.OPEN) {
            apply(new ConversationReopened(id));
            startClock(ResponseTargetKind.RESOLUTION, targets, deadlines);
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(CloseConversation command, Acting acting) {
        requireMayManage(acting, "close");
        if (status != ConversationStatus.CLOSED) {
            apply(new ConversationClosed(id));
        }
        return accepted();
    }

    /** The visitor rates a resolved conversation; rating it again replaces the rating, the same rating changes nothing. */
    @CommandHandler
    CommandAccepted handle(RateConversation command, Acting acting) {
        if (!acting.actor().isDevice()) {
            throw new ActionNotPermitted("only the visitor rates a conversation");
        }
        requireOwnDevice(acting);
        if (status != ConversationStatus.RESOLVED) {
            throw new ConversationNotResolved(id, status);
        }
        var rated = new ConversationRated(id, command.rating(), command.comment(), assignee);
        if (!rated.equals(rating)) {
            apply(rated);
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(AddLabel command, Acting acting) {
        requireMayManage(acting, "label");
        requireNotClosed();
        if (!labels.contains(command.label())) {
            apply(new LabelAdded(id, command.label()));
        }
        return accepted();
    }

    @CommandHandler
    CommandAccepted handle(RemoveLabel command, Acting acting) {
        requireMayManage(acting, "label");
        requireNotClosed();
        if (labels.contains(command.label())) {
            apply(new LabelRemoved(id, command.label()));
        }
        return accepted();
    }

    /** The answer for a conversation that already exists when a device asks to start one again. */
    ConversationOpened reopenedAsExisting() {
        return new ConversationOpened(id, true, lastSequence, null);
    }

    ConversationOpened openedAsNew(FirstMessage first) {
        MessageAccepted firstAccepted = first == null ? null : new MessageAccepted(id, first.messageId(), lastSequence, false);
        return new ConversationOpened(id, false, lastSequence, firstAccepted);
    }

    DeviceId device() {
        return device;
    }

    /** Files are shared by whoever may send messages here, and only while the conversation is not closed. */
    void requireMayShareFiles(Acting acting) {
        requireParticipant(acting, "share files");
        requireNotClosed();
    }

    /** Typing signals come only from participants, like receipts. */
    void requireMaySignal(Acting acting) {
        requireParticipant(acting, "signal typing");
    }

    /** Files are seen by the owning device and by staff who may manage the conversation (participants, admins). */
    void requireMaySeeFiles(Acting acting) {
        if (acting.actor().isDevice()) {
            requireOwnDevice(acting);
        } else {
            requireMayManage(acting, "see its files");
        }
    }

    // --- rules --------------------------------------------------------------------------------

    private CommandAccepted accepted() {
        return new CommandAccepted(id, lastSequence);
    }

    private boolean isParticipant(StaffId staff) {
        return joined.contains(staff) || staff.equals(assignee);
    }

    private int participantCount() {
        return joined.size() + (assignee == null || joined.contains(assignee) ? 0 : 1);
    }

    /** A device that is not the owner is told the conversation does not exist: ids must not leak. */
    private void requireOwnDevice(Acting acting) {
        if (!acting.actor().deviceId().equals(device)) {
            throw new ConversationNotFound(id);
        }
    }

    /**
     * Writing, receipts and typing signals are for participants: the owning device, and agents or
     * admins who joined or are assigned. The device sees receipts and signals as the other side's.
     */
    private void requireParticipant(Acting acting, String action) {
        Actor actor = acting.actor();
        switch (actor.kind()) {
            case DEVICE -> requireOwnDevice(acting);
            case STAFF -> {
                requireHandlesConversations(acting, action);
                if (!isParticipant(actor.staffId())) throw new NotAParticipant(action);
            }
            case SYSTEM -> { }
        }
    }

    /** Managing (assigning, resolving, labelling...) is for participants and for admins, never devices. */
    private void requireMayManage(Acting acting, String action) {
        Actor actor = acting.actor();
        switch (actor.kind()) {
            case DEVICE -> {
                requireOwnDevice(acting);
                throw new ActionNotPermitted("a device may not " + action);
            }
            case STAFF -> {
                requireHandlesConversations(acting, action);
                if (!acting.isAdmin() && !isParticipant(actor.staffId())) throw new NotAParticipant(action);
            }
            case SYSTEM -> { }
        }
    }

    /** A role that reads but never takes part (analysts) may not act, whatever it did before. */
    private static void requireHandlesConversations(Acting acting, String action) {
        if (!acting.role().handlesConversations()) {
            throw new ActionNotPermitted("only agents and admins may " + action);
        }
    }

    private void requireStaff(Acting acting, String why) {
        if (acting.actor().isDevice()) {
            requireOwnDevice(acting);
        }
        if (!acting.actor().isStaff()) {
            throw new ActionNotPermitted(why);
        }
    }

    private StaffId requireConversationStaff(Acting acting, String action) {
        if (acting.actor().isDevice()) {
            requireOwnDevice(acting);
        }
        if (!acting.actor().isStaff() || !acting.role().handlesConversations()) {
            throw new ActionNotPermitted("only agents and admins may " + action);
        }
        return acting.actor().staffId();
    }

    private void requireNotClosed() {
        if (status == ConversationStatus.CLOSED) {
            throw new ConversationIsClosed(id);
        }
    }

    /** A new assignee takes a participant's place, unless a transfer frees the outgoing assignee's. */
    private void requireRoomForAssignee(StaffId target, ConversationLimits limits) {
        boolean outgoingOnlyAssigned = assignee != null && !joined.contains(assignee);
        if (!isParticipant(target) && !outgoingOnlyAssigned) {
            requireRoomFor(limits);
        }
    }

    private static void requireSystem(Acting acting, String action) {
        if (acting.actor().kind() != ActorKind.SYSTEM) {
            throw new ActionNotPermitted("only the routing desk may " + action);
        }
    }

    private void requireRoomFor(ConversationLimits limits) {
        if (participantCount() >= limits.maxParticipants()) {
            throw new ParticipantLimitReached(limits.maxParticipants());
        }
    }

    private long requireKnownSequence(long upTo) {
        if (upTo > lastSequence) {
            throw new SequenceOutOfRange(upTo, lastSequence);
        }
        return upTo;
    }

    /** A message may only point at an attachment uploaded to this conversation, and as the kind it was uploaded as. */
    private void requireUploadedHere(MessageContent content, UploadedAttachments attachments) {
        if (content.attachment() == null) {
            return;
        }
        MessageKind uploadedAs = attachments.kindOf(id, content.attachment()).orElseThrow(UnknownAttachment::new);
        if (uploadedAs != content.kind()) {
            throw new AttachmentKindMismatch(content.kind(), uploadedAs);
        }
    }

    /** A reply names a message of this conversation; anyone else's is, to the sender, not there. */
    private void requireRepliesHere(MessageId replyTo, SentMessages sent) {
        if (replyTo != null && !sent.contains(id, replyTo)) {
            throw new UnknownMessage();
        }
    }

    private static void requireWithinLength(MessageContent content, ConversationLimits limits) {
        if (content.body() != null && content.body().length() > limits.maxMessageLength()) {
            throw new MessageTooLong(content.body().length(), limits.maxMessageLength());
        }
    }

    // --- state changes: only here, never validated (events are facts) --------------------------

    @EventSourcingHandler
    void on(ConversationStarted event, @SequenceNumber long sequence) {
        id = event.conversationId();
        device = event.device();
        status = ConversationStatus.OPEN;
        priority = event.priority();
        contextKind = event.context().kind();
        if (event.startedBy().isStaff()) {
            joined.add(event.startedBy().staffId());
        }
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(MessageSent event, @SequenceNumber long sequence) {
        if (event.author().isStaff() && event.author().staffId().equals(awaitingAnswerFrom)) {
            awaitingAnswerFrom = null;
        }
        if (event.author().isStaff()) {
            clocks.answered();
        } else if (event.author().isDevice() && firstDeviceMessage < 0) {
            firstDeviceMessage = sequence;
        } else if (event.author().kind() == ActorKind.SYSTEM && event.author().id().startsWith(AUTO_REPLY)) {
            autoRepliedRules.add(event.author().id().substring(AUTO_REPLY.length()));
        }
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(PrivateNoteAdded event, @SequenceNumber long sequence) {
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(MessagesDelivered event, @SequenceNumber long sequence) {
        deliveredUpTo.merge(event.participant().toString(), event.upToSequence(), Math::max);
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(MessagesRead event, @SequenceNumber long sequence) {
        readUpTo.merge(event.participant().toString(), event.upToSequence(), Math::max);
        deliveredUpTo.merge(event.participant().toString(), event.upToSequence(), Math::max); // read implies received
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(StaffJoined event, @SequenceNumber long sequence) {
        joined.add(event.staffId());
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(StaffLeft event, @SequenceNumber long sequence) {
        joined.remove(event.staffId());
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(StaffAssigned event, @SequenceNumber long sequence) {
        assignee = event.assignee();
        awaitingAnswerFrom = event.reason() == AssignmentReason.AUTO ? event.assignee() : null;
        assignedAt = sequence;
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(StaffUnassigned event, @SequenceNumber long sequence) {
        if (Objects.equals(assignee, event.formerAssignee())) {
            assignee = null;
            awaitingAnswerFrom = null;
        }
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(AnswerDeadlineMissed event, @SequenceNumber long sequence) {
        awaitingAnswerFrom = null;
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(PriorityChanged event, @SequenceNumber long sequence) {
        priority = event.priority();
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ConversationSnoozed event, @SequenceNumber long sequence) {
        status = ConversationStatus.SNOOZED;
        snoozedUntil = event.until();
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ConversationResolved event, @SequenceNumber long sequence) {
        status = ConversationStatus.RESOLVED;
        snoozedUntil = null;
        clocks.stopped();
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ConversationReopened event, @SequenceNumber long sequence) {
        status = ConversationStatus.OPEN;
        snoozedUntil = null;
        rating = null; // the next resolution is rated on its own
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ConversationClosed event, @SequenceNumber long sequence) {
        status = ConversationStatus.CLOSED;
        snoozedUntil = null;
        clocks.stopped();
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ConversationRated event, @SequenceNumber long sequence) {
        rating = event;
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ResponseClockStarted event, @SequenceNumber long sequence) {
        clocks.started(event.kind(), event.dueBy(), sequence);
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ResponseTargetMissed event, @SequenceNumber long sequence) {
        clocks.missed(event.kind());
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(LabelAdded event, @SequenceNumber long sequence) {
        labels.add(event.label());
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(LabelRemoved event, @SequenceNumber long sequence) {
        labels.remove(event.label());
        lastSequence = sequence;
    }
}
