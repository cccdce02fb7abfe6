package io.lifeline.command.cannedreply;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.cannedreply.CannedReplyId;
import io.lifeline.contracts.cannedreply.CannedReplyOwner;
import io.lifeline.contracts.cannedreply.ChangeCannedReply;
import io.lifeline.contracts.cannedreply.CreateCannedReply;
import io.lifeline.contracts.cannedreply.RemoveCannedReply;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.routing.TeamId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff keep canned replies: their own, and admins their teams'. */
@RestController
@Tag(name = "Canned replies")
class CannedReplyController {
    private final ActingGateway commands;

    CannedReplyController(ActingGateway commands) {
        this.commands = commands;
    }

    /** A reply for a team (admins; {@code teamId}) or, without one, for oneself. */
    record CreateRequest(UUID teamId, @NotNull String shortcut, @NotNull String text) {}

    record ChangeRequest(@NotNull String shortcut, @NotNull String text) {}

    record CreatedResponse(CannedReplyId cannedReplyId) {}

    @PostMapping("/api/canned-replies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a canned reply (agents and admins)",
            description = "With `teamId`, a team's reply (admins only; its members find it); without, the caller's own. "
                    + "`shortcut`: 1 to 32 lower-case letters, digits or dashes; `text`: up to 2,000 characters, where "
                    + "{agent.name} and {visitor.name} are filled when the reply is used (GET "
                    + "/api/query/canned-replies/{id}/text). 403 canned-reply-not-permitted.")
    CreatedResponse create(@RequestBody CreateRequest request, Acting acting) {
        CannedReplyOwner owner = request.teamId() != null ? CannedReplyOwner.team(new TeamId(request.teamId()))
                : acting.actor().isStaff() ? CannedReplyOwner.personal(acting.actor().staffId()) : null;
        if (owner == null) {
            throw new CannedReplyNotPermitted("canned replies are kept by agents and admins");
        }
        CannedReplyId id = CannedReplyId.random();
        commands.send(new CreateCannedReply(id, owner, request.shortcut(), new MessageBody(request.text())), acting);
        return new CreatedResponse(id);
    }

    @PutMapping("/api/canned-replies/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a canned reply's shortcut and text", description = "Its owner, or an admin. 404 for an unknown reply.")
    void change(@PathVariable UUID id, @RequestBody ChangeRequest request, Acting acting) {
        commands.send(new ChangeCannedReply(new CannedReplyId(id), request.shortcut(), new MessageBody(request.text())), acting);
    }

    @DeleteMapping("/api/canned-replies/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a canned reply", description = "Its owner, or an admin. 404 for an unknown or removed reply.")
    void remove(@PathVariable UUID id, Acting acting) {
        commands.send(new RemoveCannedReply(new CannedReplyId(id)), acting);
    }
}
