package io.lifeline.contracts.cannedreply;

import org.axonframework.serialization.Revision;

/** A canned reply was removed. */
@Revision("1")
public record CannedReplyRemoved(CannedReplyId id) implements CannedReplyEvent {}
