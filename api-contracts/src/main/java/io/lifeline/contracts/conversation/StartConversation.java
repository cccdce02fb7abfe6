package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.shape.StorableText;
import java.util.Objects;

/**
 * Open a conversation for a device, on its own behalf or by staff. Unless {@code startNew} is set,
 * a device that already has an unclosed conversation about the same context gets that one back.
 */
public record StartConversation(ConversationId conversationId, DeviceId device, Channel channel, String subject,
                                ConversationContext context, Priority priority, Location location,
                                FirstMessage firstMessage, boolean startNew) implements ConversationCommand {
    public static final int MAX_SUBJECT_LENGTH = 200;

    public StartConversation {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(channel, "channel");
        context = Objects.requireNonNull(context, "context").validated();
        Objects.requireNonNull(priority, "priority");
        if (subject != null && (subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH)) {
            throw new InvalidField("subject", "has 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (subject != null) {
            StorableText.SINGLE_LINE.require("subject", subject);
        }
        if (location != null) {
            location.validated();
        }
        if (firstMessage != null && firstMessage.content().kind() == MessageKind.SYSTEM) {
            throw new IllegalArgumentException("SYSTEM messages are written by rules, not sent");
        }
    }
}
