package io.lifeline.query.history;

import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.stream.DeviceVisibility;
import io.lifeline.contracts.stream.EventEnvelope;
import io.lifeline.query.config.NotVisible;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a conversation's events from the store, not from a projection, so a page is never behind
 * what Kafka has carried: the publisher only sends stored events. Ownership comes from the stored
 * start event for the same reason (a just-started conversation is visible at once).
 */
@Component
class ConversationEventReader {
    private final EventStorageEngine events;
    private final JsonMapper json;
    private final RevisionResolver revisions;

    ConversationEventReader(EventStorageEngine events, JsonMapper json, RevisionResolver revisions) {
        this.events = events;
        this.json = json;
        this.revisions = revisions;
    }

    /** Who asks: staff see every event; a device only its own conversations' events it may see. */
    record Reader(String name, boolean staff) {}

    ConversationEventPage after(String conversationId, long after, int limit, Reader reader) {
        checkVisible(conversationId, reader);
        DomainEventStream stream = events.readEvents(conversationId, after + 1);
        List<EventEnvelope> page = new ArrayList<>();
        long through = after;
        while (page.size() < limit && stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            through = event.getSequenceNumber();
            EventEnvelope envelope = EventEnvelope.of(event, json, revisions);
            if (reader.staff() || DeviceVisibility.deviceSees(envelope.type())) {
                page.add(envelope);
            }
        }
        return new ConversationEventPage(page, through, stream.hasNext());
    }

    private void checkVisible(String conversationId, Reader reader) {
        DomainEventStream start = events.readEvents(conversationId, 0);
        Object first = start.hasNext() ? start.next().getPayload() : null;
        if (!(first instanceof ConversationStarted started)
                || (!reader.staff() && !started.device().value().equals(reader.name()))) {
            throw new NotVisible("conversation " + conversationId);
        }
    }
}
