package io.lifeline.contracts.actor;

/** The three kinds of principal that can cause an event. */
public enum ActorKind {
    DEVICE, STAFF, SYSTEM
}
