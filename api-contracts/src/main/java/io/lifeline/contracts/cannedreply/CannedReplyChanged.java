package io.lifeline.contracts.cannedreply;

import io.lifeline.contracts.conversation.MessageBody;
import org.axonframework.serialization.Revision;

/** A canned reply's shortcut or text was changed. */
@Revision("1")
public record CannedReplyChanged(CannedReplyId id, String shortcut, MessageBody text) implements CannedReplyEvent {}
