package io.lifeline.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With every snapshot thread busy and the queue full, a snapshot is dropped: the command neither
 * waits nor fails, and the aggregate is snapshotted again once there is room.
 */
class SnapshotExecutorTest {
    private final ThreadPoolExecutor executor = new AxonConfig().snapshotExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    /** The threads that began a snapshot (by reading the aggregate's events). */
    private final List<String> snapshotThreads = new CopyOnWriteArrayList<>();

    /** The smallest aggregate a snapshot can be taken of. */
    static class Sample {
        @AggregateIdentifier
        private String id;

        @EventSourcingHandler
        void on(String started) {
            id = started;
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void aSnapshotWithNoRoomIsDroppedWithoutHoldingUpOrFailingTheCommand() throws Exception {
        int fillers = AxonConfig.SNAPSHOT_THREADS + AxonConfig.SNAPSHOT_QUEUE;
        CountDownLatch fillersDone = new CountDownLatch(fillers);
        for (int i = 0; i < fillers; i++) {
            executor.execute(() -> {
                awaitRelease();
                fillersDone.countDown();
            });
        }
        EventStore store = mock(EventStore.class);
        when(store.readEvents(anyString())).thenAnswer(call -> {
            snapshotThreads.add(Thread.currentThread().getName());
            return DomainEventStream.of(new GenericDomainEventMessage<>("Sample", call.getArgument(0), 0, "a"));
        });
        var snapshotter = AggregateSnapshotter.builder()
                .eventStore(store)
                .aggregateFactories(new GenericAggregateFactory<>(Sample.class))
                .executor(executor)
                .build();

        // Axon hands the snapshot to the executor as the command's unit of work commits.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                DefaultUnitOfWork.startAndGet(null).execute(() -> snapshotter.scheduleSnapshot(Sample.class, "a")));
        assertThat(snapshotThreads).as("the dropped snapshot ran nowhere").isEmpty();

        release.countDown();
        assertThat(fillersDone.await(5, TimeUnit.SECONDS)).as("the executor has room again").isTrue();
        DefaultUnitOfWork.startAndGet(null).execute(() -> snapshotter.scheduleSnapshot(Sample.class, "a"));
        verify(store, timeout(5_000)).readEvents("a");
        assertThat(snapshotThreads).as("the threads that took a snapshot of the aggregate")
                .singleElement().asString().startsWith("snapshotter-");
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
