package io.lifeline.client;

import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.EventFrame;
import io.lifeline.contracts.protocol.SubscribedFrame;
import io.lifeline.contracts.stream.EventEnvelope;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Server frames as a test bridge sends them. */
final class Frames {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Frames() {
    }

    static EventFrame messageSent(ConversationId conversation, long sequence) {
        var payload = JSON.createObjectNode().put("conversationId", conversation.toString()).put("text", "m" + sequence);
        return new EventFrame(new EventEnvelope(UUID.randomUUID().toString(), "MessageSent", "1", conversation.toString(),
                sequence, Instant.parse("2026-11-23T12:00:00Z").plusSeconds(sequence), "device:d-1", null, null, null,
                payload));
    }

    static SubscribedFrame subscribed(ConversationId conversation, long through) {
        return new SubscribedFrame(conversation, through);
    }
}
