package io.lifeline.command.routing;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.routing.AddTeamMember;
import io.lifeline.contracts.routing.ChangeRoutingStrategy;
import io.lifeline.contracts.routing.CreateTeam;
import io.lifeline.contracts.routing.RemoveTeamMember;
import io.lifeline.contracts.routing.RenameTeam;
import io.lifeline.contracts.routing.RoutingStrategy;
import io.lifeline.contracts.routing.TeamId;
import io.lifeline.contracts.routing.TeamName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** Admins create teams, rename them, change their members and how they pick among them. */
@RestController
@Tag(name = "Teams and routing")
class TeamController {
    private final ActingGateway commands;

    TeamController(ActingGateway commands) {
        this.commands = commands;
    }

    record CreateTeamRequest(@NotNull TeamName name, RoutingStrategy strategy) {}

    record TeamCreatedResponse(TeamId teamId) {}

    record RenameTeamRequest(@NotNull TeamName name) {}

    record StrategyRequest(@NotNull RoutingStrategy strategy) {}

    @PostMapping("/api/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a team (admin)", description = "The strategy defaults to ROUND_ROBIN.")
    TeamCreatedResponse create(@Valid @RequestBody CreateTeamRequest request, Acting acting) {
        TeamId team = TeamId.random();
        RoutingStrategy strategy = request.strategy() == null ? RoutingStrategy.ROUND_ROBIN : request.strategy();
        commands.send(new CreateTeam(team, request.name(), strategy), acting);
        return new TeamCreatedResponse(team);
    }

    @PutMapping("/api/teams/{teamId}/name")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rename a team (admin)", description = "404 team-not-found for an unknown team.")
    void rename(@PathVariable UUID teamId, @Valid @RequestBody RenameTeamRequest request, Acting acting) {
        commands.send(new RenameTeam(new TeamId(teamId), request.name()), acting);
    }

    @PutMapping("/api/teams/{teamId}/strategy")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set how a team picks among its available agents (admin)",
            description = "ROUND_ROBIN: in turn after the last agent picked; LEAST_LOADED: the one holding fewest conversations.")
    void changeStrategy(@PathVariable UUID teamId, @Valid @RequestBody StrategyRequest request, Acting acting) {
        commands.send(new ChangeRoutingStrategy(new TeamId(teamId), request.strategy()), acting);
    }

    @PutMapping("/api/teams/{teamId}/members/{staffId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add an agent to a team (admin)",
            description = "Conversations waiting in the team's queue are routed to the agent at once if they are online with room.")
    void addMember(@PathVariable UUID teamId, @PathVariable UUID staffId, Acting acting) {
        commands.send(new AddTeamMember(new TeamId(teamId), new StaffId(staffId)), acting);
    }

    @DeleteMapping("/api/teams/{teamId}/members/{staffId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an agent from a team (admin)", description = "Conversations the agent holds stay with them.")
    void removeMember(@PathVariable UUID teamId, @PathVariable UUID staffId, Acting acting) {
        commands.send(new RemoveTeamMember(new TeamId(teamId), new StaffId(staffId)), acting);
    }
}
