package io.lifeline.contracts.conversation;

import java.util.Objects;

/**
 * What a message says or carries: text and system messages need a body; image, voice and file
 * messages need an attachment; location messages need a location. These are the stored shape;
 * {@link #validated()} adds the rules for a new message's parts.
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

    /** This content if a new message may carry it: its body, attachment reference and location checked. */
    public MessageContent validated() {
        if (body != null) {
            body.validated();
        }
        if (attachment != null) {
            attachment.validated();
        }
        if (location != null) {
            location.validated();
        }
        return this;
    }

    public static MessageContent text(String text) {
        return new MessageContent(MessageKind.TEXT, new MessageBody(text), null, null);
    }
}
