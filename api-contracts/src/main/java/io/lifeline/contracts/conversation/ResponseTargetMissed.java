package io.lifeline.contracts.conversation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** What a response target timed was not done by {@code dueBy}; {@code priority} is the conversation's at that moment. */
@Revision("1")
public record ResponseTargetMissed(ConversationId conversationId, ResponseTargetKind kind, Instant dueBy, Priority priority)
        implements ConversationEvent {}
