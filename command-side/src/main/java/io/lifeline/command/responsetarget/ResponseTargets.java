package io.lifeline.command.responsetarget;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.responsetarget.RemoveResponseTarget;
import io.lifeline.contracts.responsetarget.ResponseTargetRemoved;
import io.lifeline.contracts.responsetarget.ResponseTargetSet;
import io.lifeline.contracts.responsetarget.ResponseTargetsId;
import io.lifeline.contracts.responsetarget.SetResponseTarget;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The response targets admins set, by kind, priority and context: one stream, so each change is an
 * audited event in order and a repeated request changes nothing.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class ResponseTargets {
    @AggregateIdentifier
    private ResponseTargetsId id;
    private Map<String, Duration> targets = new HashMap<>();
    /** The business hours of the targets counted in them; a target not in here counts calendar time. */
    private Map<String, BusinessHours> businessHours = new HashMap<>();

    ResponseTargets() {
        // Axon creates the book on its first command and rebuilds it from its events through this constructor.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetResponseTarget command, Acting acting) {
        requireAdmin(acting);
        Duration previous = targets.get(command.scope().key());
        if (!command.within().equals(previous)
                || !Objects.equals(command.businessHours(), businessHours.get(command.scope().key()))) {
            apply(new ResponseTargetSet(command.scope(), command.within(), previous, command.businessHours()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemoveResponseTarget command, Acting acting) {
        requireAdmin(acting);
        Duration previous = targets.get(command.scope().key());
        if (previous != null) { // removing what is not there is already done
            apply(new ResponseTargetRemoved(command.scope(), previous));
        }
    }

    private static void requireAdmin(Acting acting) {
        if (!acting.isAdmin()) {
            throw new ResponseTargetsNotPermitted();
        }
    }

    @EventSourcingHandler
    void on(ResponseTargetSet event) {
        id = ResponseTargetsId.TARGETS;
        targets.put(event.scope().key(), event.within());
        if (event.businessHours() == null) {
            businessHours.remove(event.scope().key());
        } else {
            businessHours.put(event.scope().key(), event.businessHours());
        }
    }

    @EventSourcingHandler
    void on(ResponseTargetRemoved event) {
        id = ResponseTargetsId.TARGETS;
        targets.remove(event.scope().key());
        businessHours.remove(event.scope().key());
    }
}
