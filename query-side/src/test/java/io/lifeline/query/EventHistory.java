package io.lifeline.query;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.*;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;

/**
 * Writes valid conversation histories into the event store, as the command side would have,
 * with actor, causation and correlation in the metadata.
 */
public final class EventHistory {
    private final EventStorageEngine storage;

    public EventHistory(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** A device starts a conversation, writes, staff joins and answers, and resolves it: 6 events. */
    public ConversationId conversation(DeviceId device, StaffId staff, int deviceMessages) {
        ConversationId id = ConversationId.random();
        Actor deviceActor = Actor.device(device);
        Actor staffActor = Actor.staff(staff);
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        long sequence = 0;
        events.add(event(id, sequence++, deviceActor, new ConversationStarted(id, device, Channel.MOBILE, "Help",
                ConversationContext.general(), Priority.NORMAL, null, deviceActor)));
        for (int n = 0; n < deviceMessages; n++) {
            events.add(event(id, sequence++, deviceActor, new MessageSent(id, MessageId.random(),
                    new ClientMessageId("c-" + n), deviceActor, MessageContent.text("message " + n), null, false)));
        }
        events.add(event(id, sequence++, staffActor, new StaffJoined(id, staff)));
        events.add(event(id, sequence++, staffActor, new MessageSent(id, MessageId.random(), new ClientMessageId("s-1"),
                staffActor, MessageContent.text("on it"), null, false)));
        events.add(event(id, sequence, staffActor, new ConversationResolved(id)));
        storage.appendEvents(events);
        return id;
    }

    private static GenericDomainEventMessage<?> event(ConversationId id, long sequence, Actor actor, Object payload) {
        String cause = UUID.randomUUID().toString();
        MetaData metaData = MetaData.with(Actor.METADATA_KEY, actor.toString())
                .and("causationId", cause).and("correlationId", cause);
        if (actor.isStaff()) {
            metaData = metaData.and(Actor.ROLE_METADATA_KEY, "AGENT");
        }
        return new GenericDomainEventMessage<>("Conversation", id.toString(), sequence, payload, metaData);
    }
}
