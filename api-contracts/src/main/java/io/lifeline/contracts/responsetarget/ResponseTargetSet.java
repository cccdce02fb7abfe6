package io.lifeline.contracts.responsetarget;

import java.time.Duration;
import org.axonframework.serialization.Revision;

/** An admin set the time within which conversations of a scope must be answered or resolved; {@code previous} is null for a new target. */
@Revision("1")
public record ResponseTargetSet(ResponseTargetScope scope, Duration within, Duration previous) implements ResponseTargetsEvent {}
