package io.lifeline.contracts.cannedreply;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a canned reply. */
public record RemoveCannedReply(@TargetAggregateIdentifier CannedReplyId id) {
    public RemoveCannedReply {
        Objects.requireNonNull(id, "id");
    }
}
