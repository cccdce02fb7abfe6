package io.lifeline.command.conversation;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.ConversationContext;
import io.lifeline.contracts.conversation.ConversationId;
import java.util.Optional;

/** The unclosed conversation a device continues per context, and a lock so two taps start one. */
interface OpenConversations {
    /** Serialises starts of one device until the current transaction ends. */
    void lockStartsOf(DeviceId device);

    Optional<ConversationId> find(DeviceId device, ConversationContext context);
}
