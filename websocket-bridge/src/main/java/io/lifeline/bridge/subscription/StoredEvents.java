package io.lifeline.bridge.subscription;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.upstream.Upstream;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.EventFrame;
import io.lifeline.contracts.stream.EventEnvelope;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a conversation's stored events after a sequence from the query side, as the client: the
 * query side answers 404 for a conversation the client may not see, which is also how a
 * subscription is authorised.
 */
@Component
class StoredEvents {
    private final Upstream upstream;
    private final BridgeProperties properties;
    private final JsonMapper json;

    StoredEvents(Upstream upstream, BridgeProperties properties, JsonMapper json) {
        this.upstream = upstream;
        this.properties = properties;
        this.json = json;
    }

    EventPage after(Caller caller, ConversationId conversation, long after) {
        URI uri = properties.queryUrl().resolve("/api/query/conversations/" + conversation + "/events?after=" + after
                + "&limit=" + properties.backfillPageSize());
        JsonNode page = upstream.get(uri, caller.token(), caller.address());
        List<Delivery> events = new ArrayList<>();
        for (JsonNode event : page.path("events")) {
            EventEnvelope envelope = json.treeToValue(event, EventEnvelope.class);
            events.add(new Delivery(envelope, json.writeValueAsString(new EventFrame(envelope))));
        }
        return new EventPage(events, page.path("through").asLong(after), page.path("hasMore").asBoolean());
    }
}
