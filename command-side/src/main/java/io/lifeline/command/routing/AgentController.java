package io.lifeline.command.routing;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.routing.Availability;
import io.lifeline.contracts.routing.SetAgentCapacity;
import io.lifeline.contracts.routing.SetAvailability;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins set agents' capacity; agents say whether they take conversations (admins may say it for them). */
@RestController
@Tag(name = "Teams and routing")
class AgentController {
    private final ActingGateway commands;

    AgentController(ActingGateway commands) {
        this.commands = commands;
    }

    record CapacityRequest(int capacity) {}

    record AvailabilityRequest(@NotNull Availability availability) {}

    @PutMapping("/api/agents/{staffId}/capacity")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set how many open conversations the desk may route to an agent at once (admin)",
            description = "0 to 1000. Lowering it takes no conversation away; raising it serves the queue at once.")
    void setCapacity(@PathVariable UUID staffId, @Valid @RequestBody CapacityRequest request, Acting acting) {
        commands.send(new SetAgentCapacity(new StaffId(staffId), request.capacity()), acting);
    }

    @PutMapping("/api/agents/me/availability")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set your own availability (agents and admins)",
            description = "ONLINE: take conversations; AWAY: keep yours, take no new ones; OFFLINE: the conversations "
                    + "the desk routed to you go to other available agents of their teams, or back to their queue places.")
    void setOwnAvailability(@Valid @RequestBody AvailabilityRequest request, Acting acting) {
        commands.send(new SetAvailability(acting.actor().staffId(), request.availability()), acting);
    }

    @PutMapping("/api/agents/{staffId}/availability")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set an agent's availability (admin, or the agent)")
    void setAvailability(@PathVariable UUID staffId, @Valid @RequestBody AvailabilityRequest request, Acting acting) {
        commands.send(new SetAvailability(new StaffId(staffId), request.availability()), acting);
    }
}
