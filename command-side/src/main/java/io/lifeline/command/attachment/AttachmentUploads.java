package io.lifeline.command.attachment;

import io.lifeline.command.conversation.ConversationAccess;
import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.conversation.AttachmentRef;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes an upload from a participant to the store: sniffs its type, holds it to its kind's size
 * and (for images) pixel limit, stores it and its thumbnail, then records its metadata. The part
 * arrives spooled to disk by the servlet container and is streamed from there; it is never read
 * into memory whole.
 */
@Component
class AttachmentUploads {
    private static final Logger log = LoggerFactory.getLogger(AttachmentUploads.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConversationAccess access;
    private final AttachmentStore store;
    private final AttachmentTable table;
    private final AttachmentProperties properties;

    AttachmentUploads(ConversationAccess access, AttachmentStore store, AttachmentTable table, AttachmentProperties properties) {
        this.access = access;
        this.store = store;
        this.table = table;
        this.properties = properties;
    }

    StoredAttachment upload(ConversationId conversation, Acting acting, MultipartFile file, MessageKind requested)
            throws IOException {
        access.requireMayShareFiles(conversation, acting);
        if (file.isEmpty()) {
            throw new EmptyAttachment();
        }
        byte[] head;
        try (InputStream in = file.getInputStream()) {
            head = in.readNBytes(AttachmentTypes.HEAD_BYTES);
        }
        String sniffed = AttachmentTypes.sniff(head, file.getOriginalFilename());
        MessageKind kind = AttachmentTypes.kindOf(sniffed, requested);
        String type = AttachmentTypes.storedAs(sniffed, kind);
        long max = properties.maxBytes(kind);
        if (file.getSize() > max) {
            throw new AttachmentTooLarge(kind, max);
        }
        Thumbnails.Inspected image = null;
        if (AttachmentTypes.isImage(type)) {
            try (InputStream in = file.getInputStream()) {
                image = Thumbnails.inspect(in, type, properties.maxImagePixels(), properties.thumbnailSize());
            }
        }
        var attachment = new StoredAttachment(newId(), conversation, kind, type, file.getSize(),
                DownloadNames.sanitise(file.getOriginalFilename(), type),
                image == null ? null : image.width(), image == null ? null : image.height(), image != null);
        store(attachment, file, image);
        try {
            table.insert(attachment, acting.actor());
        } catch (RuntimeException e) {
            forget(attachment);
            throw e;
        }
        return attachment;
    }

    private void store(StoredAttachment attachment, MultipartFile file, Thumbnails.Inspected image) throws IOException {
        try (InputStream in = file.getInputStream()) {
            store.put(attachment.key(), in, attachment.size());
            if (image != null) {
                store.put(attachment.thumbnailKey(), new ByteArrayInputStream(image.thumbnail()), image.thumbnail().length);
            }
        } catch (IOException | RuntimeException e) {
            forget(attachment);
            throw e;
        }
    }

    /** Removes what a failed upload stored, so no bytes stay behind without metadata. */
    private void forget(StoredAttachment attachment) {
        for (String key : new String[] {attachment.key(), attachment.thumbnailKey()}) {
            try {
                store.delete(key);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete {} after a failed upload; it stays in the store unreferenced", key, e);
            }
        }
    }

    /** 256 random bits, url-safe base64 without padding: 43 characters, the shape of an {@link AttachmentRef}. */
    static AttachmentRef newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new AttachmentRef(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
