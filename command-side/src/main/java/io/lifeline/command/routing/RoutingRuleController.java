package io.lifeline.command.routing;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.routing.ChangeRoutingRule;
import io.lifeline.contracts.routing.CreateRoutingRule;
import io.lifeline.contracts.routing.RemoveRoutingRule;
import io.lifeline.contracts.routing.RoutingMatch;
import io.lifeline.contracts.routing.RoutingRuleId;
import io.lifeline.contracts.routing.TeamId;
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

/** Admins keep the routing rules: which team a conversation's context and channel send it to. */
@RestController
@Tag(name = "Teams and routing")
class RoutingRuleController {
    private final ActingGateway commands;

    RoutingRuleController(ActingGateway commands) {
        this.commands = commands;
    }

    /** A rule matches a context kind and a channel, each left out for any; rules are tried by ascending order. */
    record RuleRequest(int order, ContextKind context, Channel channel, @NotNull UUID teamId) {
        RoutingMatch match() {
            return new RoutingMatch(context, channel);
        }
    }

    record RuleCreatedResponse(RoutingRuleId ruleId) {}

    @PostMapping("/api/routing-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a routing rule (admin)",
            description = "Started conversations go to the team of the first rule (lowest order) matching their context kind "
                    + "and channel; one no rule matches stays unassigned for people. 404 team-not-found for an unknown team.")
    RuleCreatedResponse create(@Valid @RequestBody RuleRequest request, Acting acting) {
        RoutingRuleId rule = RoutingRuleId.random();
        commands.send(new CreateRoutingRule(rule, request.order(), request.match(), new TeamId(request.teamId())), acting);
        return new RuleCreatedResponse(rule);
    }

    @PutMapping("/api/routing-rules/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a routing rule (admin)",
            description = "Conversations waiting are matched by the rules as they are now and keep their places. "
                    + "404 routing-rule-not-found or team-not-found.")
    void change(@PathVariable UUID ruleId, @Valid @RequestBody RuleRequest request, Acting acting) {
        commands.send(new ChangeRoutingRule(new RoutingRuleId(ruleId), request.order(), request.match(),
                new TeamId(request.teamId())), acting);
    }

    @DeleteMapping("/api/routing-rules/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a routing rule (admin)", description = "404 routing-rule-not-found for an unknown rule.")
    void remove(@PathVariable UUID ruleId, Acting acting) {
        commands.send(new RemoveRoutingRule(new RoutingRuleId(ruleId)), acting);
    }
}
