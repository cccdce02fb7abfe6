package io.lifeline.command.routing;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.command.identity.OutsideUnitOfWork;
import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.AnswerDeadlineMissed;
import io.lifeline.contracts.conversation.AssignAutomatically;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationClosed;
import io.lifeline.contracts.conversation.ConversationResolved;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.PriorityChanged;
import io.lifeline.contracts.conversation.StaffAssigned;
import io.lifeline.contracts.conversation.StaffUnassigned;
import io.lifeline.contracts.conversation.UnassignAutomatically;
import io.lifeline.contracts.routing.Availability;
import io.lifeline.contracts.routing.ConversationQueued;
import io.lifeline.contracts.routing.ConversationRouted;
import io.lifeline.contracts.routing.FreeSeat;
import io.lifeline.contracts.routing.RecordAssignee;
import io.lifeline.contracts.routing.RecordPriority;
import io.lifeline.contracts.routing.ReleaseConversation;
import io.lifeline.contracts.routing.RerouteConversation;
import io.lifeline.contracts.routing.RouteConversation;
import io.lifeline.contracts.routing.SetAvailability;
import io.lifeline.contracts.staff.StaffDeactivated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Auto-assignment as a process manager: it reacts to what happens to conversations by telling the
 * desk, and to the desk's decisions by telling conversations, and decides nothing itself. Every
 * command it sends is idempotent (the desk and the conversation ignore what already holds), so an
 * event handled twice, after a crash or a rebalance, changes nothing; a failure other than a refusal
 * propagates and the processor retries. Its state is the desk's and the conversations', so it keeps none.
 * Each command runs in a unit of work and transaction of its own ({@link OutsideUnitOfWork}),
 * committed before the event's token moves on.
 */
@Component
@ProcessingGroup(AutoAssignment.PROCESSING_GROUP)
@DisallowReplay // replaying would send commands again for conversations long settled
class AutoAssignment implements AutoCloseable {
    static final String PROCESSING_GROUP = "auto-assignment";
    static final Acting DESK = Acting.system(PROCESSING_GROUP);

    private final OutsideUnitOfWork commands;

    AutoAssignment(ActingGateway gateway) {
        this.commands = new OutsideUnitOfWork(gateway, DESK, "auto-assignment-command");
    }

    /** A conversation staff started is theirs to handle: only those devices start are routed. */
    @EventHandler
    void on(ConversationStarted event) {
        if (event.startedBy() != null && event.startedBy().isStaff()) {
            return;
        }
        ContextKind context = event.context() == null ? ContextKind.GENERAL : event.context().kind();
        Priority priority = event.priority() == null ? Priority.NORMAL : event.priority();
        send(new RouteConversation(event.conversationId(), context, event.channel(), priority));
    }

    /** A person's assignment (or transfer) counts against the new assignee; the desk's own ones it knows already. */
    @EventHandler
    void on(StaffAssigned event) {
        if (event.reason() != AssignmentReason.AUTO) {
            send(new RecordAssignee(event.conversationId(), event.assignee()));
        }
    }

    @EventHandler
    void on(StaffUnassigned event) {
        send(new FreeSeat(event.conversationId(), event.formerAssignee()));
    }

    @EventHandler
    void on(PriorityChanged event) {
        send(new RecordPriority(event.conversationId(), event.priority()));
    }

    @EventHandler
    void on(ConversationResolved event) {
        send(new ReleaseConversation(event.conversationId()));
    }

    @EventHandler
    void on(ConversationClosed event) {
        send(new ReleaseConversation(event.conversationId()));
    }

    @EventHandler
    void on(AnswerDeadlineMissed event) {
        send(new RerouteConversation(event.conversationId(), event.assignee()));
    }

    /** A deactivated account takes no conversations: going offline hands its conversations on. */
    @EventHandler
    void on(StaffDeactivated event) {
        send(new SetAvailability(event.staffId(), Availability.OFFLINE));
    }

    /**
     * The desk seated a conversation with an agent. An agent who can no longer be assigned goes offline
     * (which hands their conversations on); any other refusal (a closed conversation, one full of
     * participants) frees the seat, leaving the conversation to people.
     */
    @EventHandler
    void on(ConversationRouted event) {
        try {
            send(new AssignAutomatically(event.conversationId(), event.agent(), event.replacing()));
        } catch (CommandRefused refused) {
            if ("staff-not-assignable".equals(refused.code())) {
                send(new SetAvailability(event.agent(), Availability.OFFLINE));
            } else {
                send(new FreeSeat(event.conversationId(), event.agent()));
            }
        }
    }

    /** The desk took a conversation from an agent who went offline and had no one else for it: it waits unassigned. */
    @EventHandler
    void on(ConversationQueued event) {
        if (event.leftBy() != null) {
            send(new UnassignAutomatically(event.conversationId(), event.leftBy()));
        }
    }

    private void send(Object command) {
        commands.send(command);
    }

    @Override
    public void close() {
        commands.close();
    }
}
