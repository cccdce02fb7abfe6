package io.lifeline.command.conversation;

import io.lifeline.contracts.conversation.AttachmentRef;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.Location;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageKind;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A message as a client sends it over REST: flat, with the kind deciding which fields it needs. */
record MessageRequest(@NotNull ClientMessageId clientMessageId, MessageKind kind, String text,
                      AttachmentRef attachment, Location location, UUID replyTo, boolean urgent) {

    MessageContent content() {
        MessageKind effectiveKind = kind == null ? MessageKind.TEXT : kind;
        return new MessageContent(effectiveKind, text == null ? null : new MessageBody(text), attachment, location);
    }
}
