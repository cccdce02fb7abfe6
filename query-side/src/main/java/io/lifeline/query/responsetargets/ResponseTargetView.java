package io.lifeline.query.responsetargets;

import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import java.time.Duration;

/** A response target: what it times, for which priority, in one context kind or (null) every context, and within how long. */
record ResponseTargetView(ResponseTargetKind kind, Priority priority, ContextKind context, Duration within) {}
