package io.lifeline.command.conversation;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST commands on conversations for devices and staff alike: the bearer token decides who acts,
 * the aggregate decides whether they may. Every answer names the ids and sequences it created.
 */
@RestController
@RequestMapping("/api/conversations")
@Tag(name = "Conversations", description = "Start conversations, send messages and notes, and manage them: "
        + "participants, assignment, priority, labels, snooze, resolve, reopen, close")
class ConversationController {
    private final ActingGateway commands;

    ConversationController(ActingGateway commands) {
        this.commands = commands;
    }

    record StartRequest(UUID conversationId, DeviceId device, @NotNull Channel channel, @Size(min = 1, max = 200) String subject,
                        ConversationContext context, Priority priority, Location location,
                        @Valid MessageRequest firstMessage, boolean startNew) {}

    record NoteRequest(@NotNull MessageBody text) {}

    record PositionRequest(@PositiveOrZero long upToSequence) {}

    record AssignRequest(@NotNull StaffId staffId, AssignmentReason reason) {}

    record PriorityRequest(@NotNull Priority priority) {}

    record SnoozeRequest(@NotNull Instant until) {}

    @PostMapping
    @Operation(summary = "Start a conversation, or continue the device's unclosed one about the same context",
            description = "201 with a new conversation; 200 with the existing one unless startNew is true. "
                    + "A device starts for itself; staff name the device. An optional client-chosen conversationId "
                    + "(a random UUID) makes retries safe: repeating it returns the same conversation.",
            responses = {@ApiResponse(responseCode = "201", description = "A new conversation", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "200", description = "The device's unclosed conversation about the same context, "
                            + "or the one a repeated conversationId started", useReturnTypeSchema = true)})
    ResponseEntity<ConversationOpened> start(@Valid @RequestBody StartRequest request, Acting acting) {
        DeviceId device = acting.actor().isDevice() ? acting.actor().deviceId() : request.device();
        if (device == null) {
            throw new IllegalArgumentException("staff must name the device the conversation is with");
        }
        FirstMessage first = request.firstMessage() == null ? null
                : new FirstMessage(MessageId.random(), request.firstMessage().clientMessageId(),
                        request.firstMessage().content(), request.firstMessage().urgent());
        ConversationId id = request.conversationId() == null ? ConversationId.random() : new ConversationId(request.conversationId());
        var command = new StartConversation(id, device, request.channel(), request.subject(),
                request.context() == null ? ConversationContext.general() : request.context(),
                request.priority() == null ? Priority.NORMAL : request.priority(), request.location(), first,
                request.startNew());
        ConversationOpened opened = commands.send(command, acting);
        return ResponseEntity.status(opened.existing() ? HttpStatus.OK : HttpStatus.CREATED).body(opened);
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send a message", description = "201 when stored; 200 with the original ids when the client id was already used.",
            responses = {@ApiResponse(responseCode = "201", description = "Stored", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "200", description = "Already stored under this client message id: the original ids",
                            useReturnTypeSchema = true)})
    ResponseEntity<MessageAccepted> send(@PathVariable UUID id, @Valid @RequestBody MessageRequest request, Acting acting) {
        var command = new SendMessage(new ConversationId(id), MessageId.random(), request.clientMessageId(),
                request.content(), request.replyTo() == null ? null : new MessageId(request.replyTo()), request.urgent());
        MessageAccepted accepted = commands.send(command, acting);
        return ResponseEntity.status(accepted.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(accepted);
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Add a private note (staff only; never shown to the device)",
            description = "Staff who take part in the conversation, and admins, may add notes; other staff see them in the "
                    + "timeline, the device never does.",
            responses = @ApiResponse(responseCode = "201", description = "Stored", useReturnTypeSchema = true))
    ResponseEntity<CommandAccepted> note(@PathVariable UUID id, @Valid @RequestBody NoteRequest request, Acting acting) {
        return created(new AddPrivateNote(new ConversationId(id), MessageId.random(), request.text()), acting);
    }

    @PostMapping("/{id}/delivered")
    @Operation(summary = "Record that the caller received every message up to a sequence",
            description = "Positions only move forward: an earlier sequence than the one recorded changes nothing. "
                    + "400 sequence-out-of-range beyond the conversation's last event.")
    CommandAccepted delivered(@PathVariable UUID id, @Valid @RequestBody PositionRequest request, Acting acting) {
        return commands.send(new MarkDelivered(new ConversationId(id), request.upToSequence()), acting);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Record that the caller read every message up to a sequence",
            description = "Reading implies receiving; positions only move forward. Unread counts and the other side's read "
                    + "receipts follow from it. 400 sequence-out-of-range beyond the conversation's last event.")
    CommandAccepted read(@PathVariable UUID id, @Valid @RequestBody PositionRequest request, Acting acting) {
        return commands.send(new MarkRead(new ConversationId(id), request.upToSequence()), acting);
    }

    @PutMapping("/{id}/participants/me")
    @Operation(summary = "Join the conversation (staff)",
            description = "Agents and admins join to take part; a conversation has at most a configured number of staff "
                    + "participants (409 participant-limit-reached). Joining again changes nothing.")
    CommandAccepted join(@PathVariable UUID id, Acting acting) {
        return commands.send(new JoinConversation(new ConversationId(id)), acting);
    }

    @DeleteMapping("/{id}/participants/me")
    @Operation(summary = "Leave the conversation (staff); an assignee is unassigned too",
            description = "Any staff role may leave, an assignee is unassigned first; leaving a conversation one is not "
                    + "in changes nothing.")
    CommandAccepted leave(@PathVariable UUID id, Acting acting) {
        return commands.send(new LeaveConversation(new ConversationId(id)), acting);
    }

    @PutMapping("/{id}/assignee")
    @Operation(summary = "Assign or transfer the conversation", description = "Reason defaults to MANUAL; say TRANSFER when handing over from another assignee.")
    CommandAccepted assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request, Acting acting) {
        AssignmentReason reason = request.reason() == null ? AssignmentReason.MANUAL : request.reason();
        return commands.send(new AssignStaff(new ConversationId(id), request.staffId(), reason), acting);
    }

    @DeleteMapping("/{id}/assignee")
    @Operation(summary = "Unassign the conversation; it goes back to the unassigned queue",
            description = "Staff who may manage the conversation; unassigning an unassigned conversation changes nothing.")
    CommandAccepted unassign(@PathVariable UUID id, Acting acting) {
        return commands.send(new UnassignStaff(new ConversationId(id)), acting);
    }

    @PutMapping("/{id}/priority")
    @Operation(summary = "Change the priority",
            description = "Staff taking part, and admins; setting the priority it already has changes nothing.")
    CommandAccepted priority(@PathVariable UUID id, @Valid @RequestBody PriorityRequest request, Acting acting) {
        return commands.send(new ChangePriority(new ConversationId(id), request.priority()), acting);
    }

    @PostMapping("/{id}/snooze")
    @Operation(summary = "Snooze until a time; the device writing again reopens it",
            description = "Only an open conversation (409 conversation-not-open); it leaves the open queue until the time "
                    + "given, which must be in the future (400 snooze-not-in-future), and reopens by itself then.")
    CommandAccepted snooze(@PathVariable UUID id, @Valid @RequestBody SnoozeRequest request, Acting acting) {
        return commands.send(new SnoozeConversation(new ConversationId(id), request.until()), acting);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Resolve; a later message from the device reopens it",
            description = "Staff mark the matter settled; resolving a resolved conversation changes nothing, a closed one "
                    + "answers 409.")
    CommandAccepted resolve(@PathVariable UUID id, Acting acting) {
        return commands.send(new ResolveConversation(new ConversationId(id)), acting);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen a resolved or snoozed conversation",
            description = "Staff who may manage it, or its own device; it goes back to the open queue. A closed "
                    + "conversation cannot be reopened (409 conversation-closed).")
    CommandAccepted reopen(@PathVariable UUID id, Acting acting) {
        return commands.send(new ReopenConversation(new ConversationId(id)), acting);
    }

    record RatingRequest(@NotNull Integer rating, MessageBody comment) {}

    @PostMapping("/{id}/rating")
    @Operation(summary = "Rate a resolved conversation (its device)",
            description = "How it went, 1 (bad) to 5 (very good), with an optional comment of up to 1,000 characters "
                    + "(the `rate` frame does the same). Rating again replaces the rating until the conversation is "
                    + "reopened, whose next resolution is rated on its own. 409 conversation-not-resolved otherwise; "
                    + "staff get 403 action-not-permitted.")
    CommandAccepted rate(@PathVariable UUID id, @Valid @RequestBody RatingRequest request, Acting acting) {
        return commands.send(new RateConversation(new ConversationId(id), request.rating(), request.comment()), acting);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close for good; nothing more can be sent",
            description = "Closing is final: every later command on it answers 409 conversation-closed; its history stays "
                    + "readable.")
    CommandAccepted close(@PathVariable UUID id, Acting acting) {
        return commands.send(new CloseConversation(new ConversationId(id)), acting);
    }

    @PutMapping("/{id}/labels/{label}")
    @Operation(summary = "Add a label",
            description = "A label is 1 to 48 lower-case letters, digits, space, _ or - (400 otherwise); staff filter the "
                    + "inbox by labels. Adding one it has changes nothing.")
    CommandAccepted addLabel(@PathVariable UUID id, @PathVariable String label, Acting acting) {
        return commands.send(new AddLabel(new ConversationId(id), new Label(label)), acting);
    }

    @DeleteMapping("/{id}/labels/{label}")
    @Operation(summary = "Remove a label",
            description = "Removing a label it does not have changes nothing.")
    CommandAccepted removeLabel(@PathVariable UUID id, @PathVariable String label, Acting acting) {
        return commands.send(new RemoveLabel(new ConversationId(id), new Label(label)), acting);
    }

    private ResponseEntity<CommandAccepted> created(Object command, Acting acting) {
        CommandAccepted accepted = commands.send(command, acting);
        return ResponseEntity.status(HttpStatus.CREATED).body(accepted);
    }
}
