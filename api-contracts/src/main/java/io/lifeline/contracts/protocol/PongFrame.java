package io.lifeline.contracts.protocol;

/** Answers a ping with its {@code ref}. */
public record PongFrame(String ref) implements ServerFrame {}
