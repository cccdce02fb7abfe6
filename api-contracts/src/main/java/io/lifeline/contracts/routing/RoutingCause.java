package io.lifeline.contracts.routing;

/** What made the desk seat a conversation with an agent. */
public enum RoutingCause {
    /** The conversation had just started and an agent was free. */
    STARTED,
    /** The conversation waited in its team's queue until a seat came free. */
    QUEUE,
    /** Its agent went offline. */
    AGENT_OFFLINE,
    /** Its agent did not answer within the set time, or could not be assigned. */
    NO_ANSWER
}
