package io.lifeline.contracts.routing;

/**
 * Whether an agent takes conversations: online agents get new ones; away agents keep theirs and get
 * none; going offline hands their automatically routed conversations to others.
 */
public enum Availability {
    ONLINE, AWAY, OFFLINE
}
