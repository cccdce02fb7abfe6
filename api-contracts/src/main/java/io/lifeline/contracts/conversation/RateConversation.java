package io.lifeline.contracts.conversation;

import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The visitor rates how a resolved conversation went: 1 (bad) to 5 (very good), with an optional comment. */
public record RateConversation(@TargetAggregateIdentifier ConversationId conversationId, int rating, MessageBody comment)
        implements ConversationCommand {
    public static final int MAX_COMMENT_LENGTH = 1_000;

    public RateConversation {
        Objects.requireNonNull(conversationId, "conversationId");
        if (rating < 1 || rating > 5) {
            throw new InvalidField("rating", "is 1 to 5");
        }
        if (comment != null) {
            comment.validated();
            if (comment.length() > MAX_COMMENT_LENGTH) {
                throw new InvalidField("comment", "has at most " + MAX_COMMENT_LENGTH + " characters");
            }
        }
    }
}
