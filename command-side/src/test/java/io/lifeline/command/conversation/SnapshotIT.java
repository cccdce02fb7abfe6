package io.lifeline.command.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.*;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Appending to a conversation with 100,000 messages reads no more events than appending to a new one. */
@Import(SnapshotIT.CountEventsLoaded.class)
class SnapshotIT extends CommandSideIntegrationTest {
    private static final int HISTORY = 100_000;
    private static final AtomicLong eventsLoaded = new AtomicLong();

    @Autowired
    ActingGateway commands;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConversationLimits limits;

    /** Counts every event the repositories read from the store to rebuild an aggregate. */
    @TestConfiguration
    static class CountEventsLoaded {
        @Bean
        static BeanPostProcessor countingEventStorage() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof EventStorageEngine engine ? counting(engine) : bean;
                }
            };
        }

        private static EventStorageEngine counting(EventStorageEngine engine) {
            return (EventStorageEngine) Proxy.newProxyInstance(EventStorageEngine.class.getClassLoader(),
                    new Class<?>[] {EventStorageEngine.class}, (proxy, method, args) -> {
                        Object result;
                        try {
                            result = method.invoke(engine, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (method.getName().equals("readEvents") && args != null && args[0] instanceof String) {
                            DomainEventStream stream = (DomainEventStream) result;
                            return DomainEventStream.of(stream.asStream().peek(event -> eventsLoaded.incrementAndGet()),
                                    stream::getLastSequenceNumber);
                        }
                        return result;
                    });
        }
    }

    @Test
    void appendingToAHundredThousandMessageConversationLoadsNoMoreThanTheSnapshotThreshold() throws Exception {
        DeviceId device = new DeviceId(newDeviceId());
        Acting acting = Acting.device(device);

        ConversationId fresh = start(device, acting, "fresh");
        eventsLoaded.set(0);
        send(fresh, "fresh-1", acting);
        long loadedForNew = eventsLoaded.get();

        ConversationId longOne = start(device, acting, "long");
        appendHistory(longOne, device);
        eventsLoaded.set(0);
        // No snapshot yet: the repository reads the whole history, then the snapshotter reads it to snapshot.
        send(longOne, "long-1", acting);
        assertThat(eventsLoaded.get()).isGreaterThan(HISTORY);
        awaitSnapshotOf(longOne);

        eventsLoaded.set(0);
        MessageAccepted afterSnapshot = send(longOne, "long-2", acting);
        long loadedForLong = eventsLoaded.get();

        // The snapshot restored the state the rules need, not only the position.
        long last = HISTORY + 5; // history, assignment, label, read position, long-1, long-2
        assertThat(afterSnapshot.sequence()).isEqualTo(last);
        Acting rule = Acting.system("snapshot-check");
        CommandAccepted sameLabel = commands.send(new AddLabel(longOne, new Label("vip")), rule);
        assertThat(sameLabel.sequence()).as("the label survived the snapshot").isEqualTo(last);
        CommandAccepted olderRead = commands.send(new MarkRead(longOne, HISTORY / 4), acting);
        assertThat(olderRead.sequence()).as("the read position survived the snapshot").isEqualTo(last);
        CommandAccepted unassigned = commands.send(new UnassignStaff(longOne), rule);
        assertThat(unassigned.sequence()).as("the assignee survived the snapshot").isEqualTo(last + 1);

        System.out.printf("Events loaded to append: new conversation %d, %,d-message conversation %d%n",
                loadedForNew, HISTORY, loadedForLong);
        assertThat(loadedForLong).isLessThanOrEqualTo(Math.max(loadedForNew, limits.snapshotThreshold()));
        assertThat(loadedForLong).isLessThan(limits.snapshotThreshold());
    }

    private ConversationId start(DeviceId device, Acting acting, String reference) {
        ConversationOpened opened = commands.send(new StartConversation(ConversationId.random(), device, Channel.MOBILE,
                null, new ConversationContext(ContextKind.REQUEST, reference), Priority.NORMAL, null, null, true), acting);
        return opened.conversationId();
    }

    private MessageAccepted send(ConversationId conversation, String clientId, Acting acting) {
        return commands.send(new SendMessage(conversation, MessageId.random(), new ClientMessageId(clientId),
                MessageContent.text("hello"), null, false), acting);
    }

    /** Writes the history straight to the store in batches: valid events, as if sent over months. */
    private void appendHistory(ConversationId conversation, DeviceId device) {
        MetaData metaData = MetaData.with(Actor.METADATA_KEY, Actor.device(device).toString());
        List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
        for (long sequence = 1; sequence <= HISTORY; sequence++) {
            var event = new MessageSent(conversation, MessageId.random(), new ClientMessageId("h-" + sequence),
                    Actor.device(device), MessageContent.text("message " + sequence), null, false);
            batch.add(new GenericDomainEventMessage<>("Conversation", conversation.toString(), sequence, event, metaData));
            if (batch.size() == 5_000) {
                storage.appendEvents(new ArrayList<>(batch));
                batch.clear();
            }
        }
        long next = HISTORY + 1;
        batch.add(new GenericDomainEventMessage<>("Conversation", conversation.toString(), next++,
                new StaffAssigned(conversation, io.lifeline.contracts.actor.StaffId.random(), null, AssignmentReason.MANUAL), metaData));
        batch.add(new GenericDomainEventMessage<>("Conversation", conversation.toString(), next++,
                new LabelAdded(conversation, new Label("vip")), metaData));
        batch.add(new GenericDomainEventMessage<>("Conversation", conversation.toString(), next,
                new MessagesRead(conversation, Actor.device(device), HISTORY / 2), metaData));
        storage.appendEvents(batch);
    }

    private void awaitSnapshotOf(ConversationId conversation) throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            long snapshots = jdbc.sql("SELECT count(*) FROM event_store.snapshotevententry WHERE aggregateidentifier = :id")
                    .param("id", conversation.toString()).query(Long.class).single();
            if (snapshots > 0) return;
            Thread.sleep(100);
        }
        throw new AssertionError("no snapshot was taken of " + conversation);
    }
}
