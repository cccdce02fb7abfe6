package io.lifeline.command.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.routing.DeskId;
import io.lifeline.contracts.conversation.*;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appending to a conversation with 100,000 messages reads no more events than appending to a new one.
 * The command side keeps conversations cached between commands, which would answer every load here
 * without touching the store; so the test evicts a conversation before each command it measures, and
 * each load goes through the snapshot and the events stored after it. Snapshots are written on the
 * snapshot threads, after the command that asked for one has committed and answered.
 */
@Import(SnapshotIT.CountEventsLoaded.class)
class SnapshotIT extends CommandSideIntegrationTest {
    private static final int HISTORY = 100_000;
    /** Events written after the snapshot, fewer than the shipped snapshot threshold (100, `LIFELINE_SNAPSHOT_THRESHOLD`). */
    private static final int AFTER_SNAPSHOT = 30;
    /** How long a snapshot waits at a closed gate, and a test for a snapshot to be begun. */
    private static final int GATE_TIMEOUT_SECONDS = 10;
    /** The sequence numbers of the events the repositories read from the store to rebuild an aggregate. */
    private static final List<Long> eventsLoaded = new CopyOnWriteArrayList<>();
    /** The sequence numbers of the snapshots they read (-1: asked, but there was none). */
    private static final List<Long> snapshotsLoaded = new CopyOnWriteArrayList<>();
    /** The threads that called the store to write a snapshot, in order. */
    private static final BlockingQueue<String> snapshotWriters = new LinkedBlockingQueue<>();
    /** A snapshot is written only once this is open; a test closes it to catch a snapshot before it is stored. */
    private static volatile CountDownLatch snapshotGate = new CountDownLatch(0);

    @Autowired
    ActingGateway commands;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConversationLimits limits;
    @Autowired
    @Qualifier("conversationCache")
    Cache conversationCache;

    /**
     * Records every event and snapshot the repositories read from the store to rebuild an aggregate, and
     * the thread that writes each snapshot, which waits at the gate before it writes.
     */
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
                        if (method.getName().equals("storeSnapshot")) {
                            snapshotWriters.add(Thread.currentThread().getName());
                            // Bounded, so a snapshot written on the command's thread cannot hang the test.
                            snapshotGate.await(GATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                        }
                        Object result;
                        try {
                            result = method.invoke(engine, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        // Conversations only: a device's new conversation also makes auto-assignment load the routing desk.
                        boolean conversation = args != null && args.length > 0 && args[0] instanceof String id
                                && !id.equals(DeskId.DESK.toString());
                        if (method.getName().equals("readEvents") && conversation) {
                            DomainEventStream stream = (DomainEventStream) result;
                            return DomainEventStream.of(
                                    stream.asStream().peek(event -> eventsLoaded.add(event.getSequenceNumber())),
                                    stream::getLastSequenceNumber);
                        }
                        if (method.getName().equals("readSnapshot") && conversation) {
                            snapshotsLoaded.add(((Optional<?>) result).map(snapshot ->
                                    ((DomainEventMessage<?>) snapshot).getSequenceNumber()).orElse(-1L));
                        }
                        return result;
                    });
        }
    }

    @Test
    void appendingToAHundredThousandMessageConversationLoadsTheSnapshotAndOnlyTheEventsAfterIt() throws Exception {
        DeviceId device = new DeviceId(newDeviceId());
        Acting acting = Acting.device(device);

        ConversationId fresh = start(device, acting, "fresh");
        evict(fresh);
        send(fresh, "fresh-1", acting);
        long loadedForNew = eventsLoaded.size();

        ConversationId longOne = start(device, acting, "long");
        appendHistory(longOne, device);
        evict(longOne);
        // No snapshot yet: the repository reads the whole history; the snapshotter reads it again on its own thread.
        send(longOne, "long-1", acting);
        assertThat(snapshotsLoaded).contains(-1L);
        assertThat(eventsLoaded).hasSizeGreaterThan(HISTORY);
        long snapshot = awaitSnapshotOf(longOne);
        assertThat(snapshot).isEqualTo(HISTORY + 4); // history, assignment, label, read position, long-1

        evict(longOne);
        MessageAccepted afterSnapshot = send(longOne, "long-2", acting);
        assertThat(snapshotsLoaded).containsExactly(snapshot);
        assertThat(eventsLoaded).as("nothing was stored after the snapshot").isEmpty();
        assertThat(afterSnapshot.sequence()).isEqualTo(snapshot + 1);

        // Events stored after the snapshot (by another instance, say) are read, and only they.
        appendMessages(longOne, device, snapshot + 2, AFTER_SNAPSHOT);
        long last = snapshot + 1 + AFTER_SNAPSHOT;
        evict(longOne);
        MessageAccepted afterMore = send(longOne, "long-3", acting);
        long loadedForLong = eventsLoaded.size();
        assertThat(snapshotsLoaded).containsExactly(snapshot);
        assertThat(eventsLoaded).containsExactlyElementsOf(
                LongStream.rangeClosed(snapshot + 1, last).boxed().toList());
        assertThat(afterMore.sequence()).isEqualTo(last + 1);

        // The snapshot restored the state the rules need, not only the position: each command loads anew.
        last = last + 1;
        Acting rule = Acting.system("snapshot-check");
        evict(longOne);
        CommandAccepted sameLabel = commands.send(new AddLabel(longOne, new Label("vip")), rule);
        assertThat(sameLabel.sequence()).as("the label survived the snapshot").isEqualTo(last);
        assertThat(snapshotsLoaded).containsExactly(snapshot);
        evict(longOne);
        CommandAccepted olderRead = commands.send(new MarkRead(longOne, HISTORY / 4), acting);
        assertThat(olderRead.sequence()).as("the read position survived the snapshot").isEqualTo(last);
        evict(longOne);
        CommandAccepted unassigned = commands.send(new UnassignStaff(longOne), rule);
        assertThat(unassigned.sequence()).as("the assignee survived the snapshot").isEqualTo(last + 1);
        assertThat(snapshotsLoaded).containsExactly(snapshot);

        System.out.printf("Events loaded to append: new conversation %d, %,d-message conversation %d after its snapshot"
                + " (%d stored since)%n", loadedForNew, HISTORY, loadedForLong, AFTER_SNAPSHOT + 1);
        assertThat(loadedForNew).isEqualTo(1); // ConversationStarted and nothing else: there is no first message
        assertThat(loadedForLong).isLessThan(limits.snapshotThreshold());
    }

    @Test
    void aSnapshotIsWrittenOnASnapshotThreadAfterTheCommandCommittedAndAnswered() throws Exception {
        DeviceId device = new DeviceId(newDeviceId());
        Acting acting = Acting.device(device);
        ConversationId conversation = start(device, acting, "gated");
        appendMessages(conversation, device, 1, limits.snapshotThreshold());
        evict(conversation);
        snapshotWriters.clear();
        snapshotGate = new CountDownLatch(1);
        try {
            // The load reads more events than the threshold, so this command asks for a snapshot.
            MessageAccepted accepted = send(conversation, "gated-1", acting);
            String writer = snapshotWriters.poll(GATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(writer).as("a snapshot was asked for and is being written").isNotNull();
            assertThat(writer).as("the thread writing the snapshot")
                    .startsWith("snapshotter-")
                    .isNotEqualTo(Thread.currentThread().getName());
            assertThat(snapshotOf(conversation)).as("the command answered before its snapshot was stored").isEmpty();

            snapshotGate.countDown();
            assertThat(awaitSnapshotOf(conversation))
                    .as("the snapshot holds the command's own event: it read the store after the command committed")
                    .isEqualTo(accepted.sequence());
            assertThat(snapshotWriters).as("no other snapshot was written").isEmpty();
        } finally {
            snapshotGate.countDown();
        }
    }

    /**
     * Drops the conversation from the command side's cache and forgets what was read so far, so the next
     * command loads it from the store.
     */
    private void evict(ConversationId conversation) {
        conversationCache.remove(conversation.toString());
        assertThat(conversationCache.containsKey(conversation.toString())).isFalse();
        eventsLoaded.clear();
        snapshotsLoaded.clear();
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

    /** Writes messages straight to the store from a sequence on, as another command-side instance would. */
    private void appendMessages(ConversationId conversation, DeviceId device, long from, int count) {
        MetaData metaData = MetaData.with(Actor.METADATA_KEY, Actor.device(device).toString());
        List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
        for (long sequence = from; sequence < from + count; sequence++) {
            var event = new MessageSent(conversation, MessageId.random(), new ClientMessageId("later-" + sequence),
                    Actor.device(device), MessageContent.text("later " + sequence), null, false);
            batch.add(new GenericDomainEventMessage<>("Conversation", conversation.toString(), sequence, event, metaData));
        }
        storage.appendEvents(batch);
    }

    /** The sequence number of the conversation's snapshot, once the snapshotter has stored it. */
    private long awaitSnapshotOf(ConversationId conversation) throws InterruptedException {
        // The snapshotter reads a hundred thousand events on its own thread: on a busy machine that takes a while.
        for (int attempt = 0; attempt < 1_200; attempt++) {
            Optional<Long> snapshot = snapshotOf(conversation);
            if (snapshot.isPresent()) return snapshot.get();
            Thread.sleep(100);
        }
        throw new AssertionError("no snapshot was taken of " + conversation);
    }

    /** The sequence number of the conversation's stored snapshot, if it has one. */
    private Optional<Long> snapshotOf(ConversationId conversation) {
        return jdbc.sql("SELECT max(sequencenumber) FROM event_store.snapshotevententry WHERE aggregateidentifier = :id")
                .param("id", conversation.toString()).query(Long.class).optional();
    }
}
