package io.lifeline.query.responsetargets;

import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import java.time.Duration;

/**
 * A response target: what it times, for which priority, in one context kind or (null) every context,
 * within how long, and the business hours it counts in (null: calendar time).
 */
record ResponseTargetView(ResponseTargetKind kind, Priority priority, ContextKind context, Duration within,
                          BusinessHours businessHours) {}
