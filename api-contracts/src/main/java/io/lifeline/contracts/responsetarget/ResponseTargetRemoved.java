package io.lifeline.contracts.responsetarget;

import java.time.Duration;
import org.axonframework.serialization.Revision;

/** An admin removed the target of a scope, which had been {@code previous}. */
@Revision("1")
public record ResponseTargetRemoved(ResponseTargetScope scope, Duration previous) implements ResponseTargetsEvent {}
