package io.lifeline.contracts.responsetarget;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove the target of a scope; conversations whose clock already runs keep it. */
public record RemoveResponseTarget(ResponseTargetScope scope) {
    public RemoveResponseTarget {
        Objects.requireNonNull(scope, "scope");
    }

    @TargetAggregateIdentifier
    public ResponseTargetsId targets() {
        return ResponseTargetsId.TARGETS;
    }
}
