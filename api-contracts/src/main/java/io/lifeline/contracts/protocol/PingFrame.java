package io.lifeline.contracts.protocol;

/** Asks for a pong, echoing {@code ref}: an application-level liveness check. */
public record PingFrame(String ref) implements ClientFrame {}
