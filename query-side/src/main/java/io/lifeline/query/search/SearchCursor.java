package io.lifeline.query.search;

import io.lifeline.query.config.InvalidParameter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Where a page of results ended in rank order (rank descending, then conversation and sequence), as an opaque string. */
record SearchCursor(float rank, UUID conversationId, long sequence) {

    String encode() {
        String plain = Float.toString(rank) + "|" + conversationId + "|" + sequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            return new SearchCursor(Float.parseFloat(parts[0]), UUID.fromString(parts[1]), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidParameter("cursor", "must be the 'next' of a previous page");
        }
    }
}
