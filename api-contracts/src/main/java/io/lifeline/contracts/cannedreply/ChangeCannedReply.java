package io.lifeline.contracts.cannedreply;

import io.lifeline.contracts.conversation.MessageBody;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change a canned reply's shortcut and text; whose it is stays. */
public record ChangeCannedReply(@TargetAggregateIdentifier CannedReplyId id, String shortcut, MessageBody text) {
    public ChangeCannedReply {
        Objects.requireNonNull(id, "id");
        CannedReplyText.require(shortcut, text);
    }
}
