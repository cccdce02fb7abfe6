package io.lifeline.contracts.responsetarget;

import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import io.lifeline.contracts.conversation.Priority;
import java.util.Objects;

/**
 * Which conversations a target is for: a kind of target, a priority, and a context kind or (null)
 * every context. A target for the conversation's own context wins over one for every context.
 */
public record ResponseTargetScope(ResponseTargetKind kind, Priority priority, ContextKind context) {
    public ResponseTargetScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(priority, "priority");
    }

    /** The key a target is kept under: {@code FIRST_RESPONSE/URGENT/EMERGENCY}, {@code .../*} for every context. */
    public String key() {
        return kind + "/" + priority + "/" + (context == null ? "*" : context.name());
    }
}
