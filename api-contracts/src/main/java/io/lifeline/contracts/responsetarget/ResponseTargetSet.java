package io.lifeline.contracts.responsetarget;

import io.lifeline.contracts.autoreply.BusinessHours;
import java.time.Duration;
import org.axonframework.serialization.Revision;

/**
 * An admin set the time within which conversations of a scope must be answered or resolved, counted
 * in {@code businessHours} (null: calendar time); {@code previous} is null for a new target.
 * Revision 1 had no {@code businessHours} ({@link ResponseTargetSet1To2Upcaster}).
 */
@Revision("2")
public record ResponseTargetSet(ResponseTargetScope scope, Duration within, Duration previous, BusinessHours businessHours)
        implements ResponseTargetsEvent {}
