package io.lifeline.command.autoreply;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.autoreply.AutoReplyRuleId;
import io.lifeline.contracts.autoreply.AutoReplyTrigger;
import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.autoreply.ChangeAutoReplyRule;
import io.lifeline.contracts.autoreply.CreateAutoReplyRule;
import io.lifeline.contracts.autoreply.RemoveAutoReplyRule;
import io.lifeline.contracts.conversation.MessageBody;
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

/** Admins keep the automated-reply rules. */
@RestController
@Tag(name = "Automated replies")
class AutoReplyRuleController {
    private final ActingGateway commands;

    AutoReplyRuleController(ActingGateway commands) {
        this.commands = commands;
    }

    /**
     * A rule: its trigger, its order among rules of that trigger (lowest first), a case-insensitive
     * regular expression for keyword rules, business hours for away rules, and the text it writes.
     */
    record RuleRequest(@NotNull AutoReplyTrigger trigger, int order, String pattern, BusinessHours hours,
                       @NotNull String text) {
        AutoReplyRule rule(AutoReplyRuleId id) {
            return new AutoReplyRule(id, trigger, order, pattern, hours, new MessageBody(text));
        }
    }

    record RuleCreatedResponse(AutoReplyRuleId ruleId) {}

    @PostMapping("/api/auto-replies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an automated-reply rule (admin)",
            description = "GREETING answers a device's first message; KEYWORD a device's message its `pattern` matches "
                    + "(the lowest `order` of those matching); AWAY a device's message outside its `hours` "
                    + "(`{zone, open: [{day, from, to}], holidays: [date]}`); BUSY a conversation waiting in its team's "
                    + "queue, `{position}` in the text being its place. Each rule writes at most once per conversation, "
                    + "as a SYSTEM message whose author is `system:auto-reply.<ruleId>`; automated messages never count "
                    + "as a response in stats or response targets.")
    RuleCreatedResponse create(@Valid @RequestBody RuleRequest request, Acting acting) {
        AutoReplyRuleId rule = AutoReplyRuleId.random();
        commands.send(new CreateAutoReplyRule(request.rule(rule)), acting);
        return new RuleCreatedResponse(rule);
    }

    @PutMapping("/api/auto-replies/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change an automated-reply rule (admin)", description = "404 auto-reply-rule-not-found for an unknown rule.")
    void change(@PathVariable UUID ruleId, @Valid @RequestBody RuleRequest request, Acting acting) {
        commands.send(new ChangeAutoReplyRule(request.rule(new AutoReplyRuleId(ruleId))), acting);
    }

    @DeleteMapping("/api/auto-replies/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an automated-reply rule (admin)", description = "404 auto-reply-rule-not-found for an unknown rule.")
    void remove(@PathVariable UUID ruleId, Acting acting) {
        commands.send(new RemoveAutoReplyRule(new AutoReplyRuleId(ruleId)), acting);
    }
}
