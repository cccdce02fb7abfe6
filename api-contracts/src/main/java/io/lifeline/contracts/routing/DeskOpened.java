package io.lifeline.contracts.routing;


import org.axonframework.serialization.Revision;

/** The routing desk took its first decision or setting. */
@Revision("1")
public record DeskOpened(DeskId desk) implements DeskEvent {}
