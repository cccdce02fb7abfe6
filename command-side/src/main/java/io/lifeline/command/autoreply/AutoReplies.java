package io.lifeline.command.autoreply;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.autoreply.AutoRepliesId;
import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.autoreply.AutoReplyRuleChanged;
import io.lifeline.contracts.autoreply.AutoReplyRuleCreated;
import io.lifeline.contracts.autoreply.AutoReplyRuleId;
import io.lifeline.contracts.autoreply.AutoReplyRuleRemoved;
import io.lifeline.contracts.autoreply.ChangeAutoReplyRule;
import io.lifeline.contracts.autoreply.CreateAutoReplyRule;
import io.lifeline.contracts.autoreply.RemoveAutoReplyRule;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** The automated-reply rules admins keep: one stream, so each change is an audited event and a repeat changes nothing. */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class AutoReplies {
    @AggregateIdentifier
    private AutoRepliesId id;
    private Map<String, AutoReplyRule> rules = new HashMap<>();

    AutoReplies() {
        // Axon creates the book on its first command and rebuilds it from its events through this constructor.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateAutoReplyRule command, Acting acting) {
        requireAdmin(acting);
        if (!rules.containsKey(command.rule().id().toString())) { // a resend creates it once
            apply(new AutoReplyRuleCreated(command.rule()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeAutoReplyRule command, Acting acting) {
        requireAdmin(acting);
        AutoReplyRule previous = requireRule(command.rule().id());
        if (!previous.equals(command.rule())) {
            apply(new AutoReplyRuleChanged(command.rule(), previous));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemoveAutoReplyRule command, Acting acting) {
        requireAdmin(acting);
        requireRule(command.rule());
        apply(new AutoReplyRuleRemoved(command.rule()));
    }

    private AutoReplyRule requireRule(AutoReplyRuleId rule) {
        AutoReplyRule found = rules.get(rule.toString());
        if (found == null) {
            throw new AutoReplyRuleNotFound(rule);
        }
        return found;
    }

    private static void requireAdmin(Acting acting) {
        if (!acting.isAdmin()) {
            throw new AutoRepliesNotPermitted();
        }
    }

    @EventSourcingHandler
    void on(AutoReplyRuleCreated event) {
        id = AutoRepliesId.RULES;
        rules.put(event.rule().id().toString(), event.rule());
    }

    @EventSourcingHandler
    void on(AutoReplyRuleChanged event) {
        id = AutoRepliesId.RULES;
        rules.put(event.rule().id().toString(), event.rule());
    }

    @EventSourcingHandler
    void on(AutoReplyRuleRemoved event) {
        id = AutoRepliesId.RULES;
        rules.remove(event.rule().toString());
    }
}
