package io.lifeline.query.inbox;

import io.lifeline.query.config.InvalidParameter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the queue ended, in the queue's own order (urgency and priority rank, waiting
 * time, id), written as an opaque url-safe string so clients do not build one themselves.
 */
record InboxCursor(int queueRank, String waitingOrder, UUID conversationId) {

    String encode() {
        String plain = queueRank + "|" + waitingOrder + "|" + conversationId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static InboxCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            return new InboxCursor(Integer.parseInt(parts[0]), parts[1], UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidParameter("cursor", "must be the 'next' of a previous page");
        }
    }
}
