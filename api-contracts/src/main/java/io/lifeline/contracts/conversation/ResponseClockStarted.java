package io.lifeline.contracts.conversation;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A response target began to count for the conversation: what it times is due by {@code dueBy}, {@code within} after now. */
@Revision("1")
public record ResponseClockStarted(ConversationId conversationId, ResponseTargetKind kind, Duration within, Instant dueBy)
        implements ConversationEvent {}
