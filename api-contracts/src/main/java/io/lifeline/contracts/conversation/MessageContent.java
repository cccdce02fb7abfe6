package io.lifeline.contracts.conversation;

import java.util.Objects;

/**
 * What a message says or carries, checked for shape: text and system messages need a body;
 * image, voice and file messages need an attachment; location messages need a location.
 */
public record MessageContent(MessageKind kind, MessageBody body, AttachmentRef attachment, Location location) {
    public MessageContent {
        Objects.requireNonNull(kind, "kind");
        if ((kind == MessageKind.TEXT || kind == MessageKind.SYSTEM) && body == null) {
            throw new IllegalArgumentException(kind + " messages need a body");
        }
        if (kind.needsAttachment() && attachment == null) {
            throw new IllegalArgumentException(kind + " messages need an attachment");
        }
        if (!kind.needsAttachment() && attachment != null) {
            throw new IllegalArgumentException(kind + " messages carry no attachment");
        }
        if (kind == MessageKind.LOCATION && location == null) {
            throw new IllegalArgumentException("LOCATION messages need a location");
        }
    }

    public static MessageContent text(String text) {
        return new MessageContent(MessageKind.TEXT, new MessageBody(text), null, null);
    }
}
