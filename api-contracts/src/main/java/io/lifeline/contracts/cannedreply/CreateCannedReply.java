package io.lifeline.contracts.cannedreply;

import io.lifeline.contracts.conversation.MessageBody;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a canned reply for a team (admins) or for oneself; placeholders {@code {agent.name}} and {@code {visitor.name}} are filled when it is used. */
public record CreateCannedReply(@TargetAggregateIdentifier CannedReplyId id, CannedReplyOwner owner, String shortcut,
                                MessageBody text) {
    public CreateCannedReply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        CannedReplyText.require(shortcut, text);
    }
}
