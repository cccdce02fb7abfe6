package io.lifeline.command.conversation;

import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of what a message says (its kind, text, attachment, location and reply target), stored
 * beside its client message id: a resend has the same fingerprint, another message under a reused
 * id a different one. Urgency is left out: a first message is stored urgent when its conversation
 * starts urgent, whatever its own flag said.
 */
final class MessageFingerprint {
    /** One digest per thread: looking one up in the JDK's providers cost more than hashing a message. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    });

    private MessageFingerprint() {
    }

    static String of(MessageContent content, MessageId replyTo) {
        var canonical = new StringBuilder().append(content.kind().name()).append('\u0000');
        canonical.append(content.body() == null ? "" : "b:" + content.body().text()).append('\u0000');
        canonical.append(content.attachment() == null ? "" : "a:" + content.attachment().value()).append('\u0000');
        var location = content.location();
        canonical.append(location == null ? "" : "l:" + location.latitude() + "," + location.longitude() + ","
                + location.accuracyMeters()).append('\u0000');
        canonical.append(replyTo == null ? "" : "r:" + replyTo.value());
        byte[] digest = SHA_256.get().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)); // digest() resets it
        return HexFormat.of().formatHex(digest);
    }
}
