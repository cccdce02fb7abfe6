package io.lifeline.contracts.responsetarget;

/** Everything that can happen to the response targets; each is a fact in the past tense. */
public sealed interface ResponseTargetsEvent permits ResponseTargetSet, ResponseTargetRemoved {
}
