package io.lifeline.query.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The routing desk for staff: teams, rules, agents and the queue. */
@RestController
@Tag(name = "Teams and routing")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST')")
class RoutingController {
    private final RoutingRepository routing;

    RoutingController(RoutingRepository routing) {
        this.routing = routing;
    }

    @GetMapping("/api/query/routing/teams")
    @Operation(summary = "Teams, their strategies and members")
    List<TeamView> teams() {
        return routing.teams();
    }

    @GetMapping("/api/query/routing/rules")
    @Operation(summary = "Routing rules in the order they are tried")
    List<RoutingRuleView> rules() {
        return routing.rules();
    }

    @GetMapping("/api/query/routing/agents")
    @Operation(summary = "Agents' availability, capacity and load",
            description = "A null capacity is the command side's default (LIFELINE_ROUTING_DEFAULT_CAPACITY).")
    List<AgentView> agents() {
        return routing.agents();
    }

    @GetMapping("/api/query/routing/queue")
    @Operation(summary = "Conversations waiting for an agent, with their place in their team's queue",
            description = "Urgent conversations first, then first come, first served. The team is the one the rules send "
                    + "the conversation to now (null while no rule matches it); filter with teamId.")
    List<QueuedConversationView> queue(@RequestParam(required = false) UUID teamId) {
        return routing.queue(teamId);
    }
}
