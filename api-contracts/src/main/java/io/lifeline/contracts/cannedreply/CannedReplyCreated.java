package io.lifeline.contracts.cannedreply;

import io.lifeline.contracts.conversation.MessageBody;
import org.axonframework.serialization.Revision;

/** A staff member created a canned reply for a team or for themselves. */
@Revision("1")
public record CannedReplyCreated(CannedReplyId id, CannedReplyOwner owner, String shortcut, MessageBody text)
        implements CannedReplyEvent {}
