package io.lifeline.bridge.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lifeline.contracts.protocol.CloseCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConnectionTest {
    private static final Caller DEVICE = new Caller("d-1", "device", List.of("DEVICE"), "token", null, null, null);
    private final HeldTransport client = new HeldTransport();

    @Test
    void onlyOneWriteIsInFlightAtATime() {
        var connection = new Connection(DEVICE, client, 10);

        connection.send("a");
        connection.send("b");
        connection.send("c");
        assertThat(client.started()).containsExactly("a");

        client.finishWrite();
        assertThat(client.started()).containsExactly("a", "b");
        assertThat(client.inFlight()).isEqualTo(1);

        client.finishWrite();
        client.finishWrite();
        assertThat(client.started()).containsExactly("a", "b", "c");
        assertThat(client.inFlight()).isZero();
        assertThat(client.mostInFlight()).isEqualTo(1);
    }

    @Test
    void framesAreWrittenInTheOrderTheyWereSent() {
        var connection = new Connection(DEVICE, client, 100);
        List<String> frames = IntStream.range(0, 50).mapToObj(n -> "frame " + n).toList();

        for (int n = 0; n < frames.size(); n++) {
            connection.send(frames.get(n));
            if (n % 7 == 0) {
                client.finishWrite();
            }
        }
        client.finishAll();

        assertThat(client.started()).containsExactlyElementsOf(frames);
    }

    @Test
    void aFullOutboxClosesTheConnectionWithResumeExactlyOnce() {
        var connection = new Connection(DEVICE, client, 2);
        connection.send("a"); // in flight: it has left the outbox
        connection.send("b");
        connection.send("c");
        assertThat(connection.isOpen()).isTrue();

        connection.send("d");
        connection.send("e");
        connection.send("f");

        assertThat(client.closeCodes()).containsExactly(CloseCodes.RESUME);
        assertThat(connection.isOpen()).isFalse();
        client.finishAll();
        assertThat(client.started()).doesNotContain("d", "e", "f");
    }

    @Test
    void aClosedConnectionDropsFurtherFrames() {
        var connection = new Connection(DEVICE, client, 10);
        connection.send("a");
        client.finishWrite();

        connection.close(1000, "bye");
        connection.send("b");
        connection.close(CloseCodes.RESUME, "again");

        assertThat(client.started()).containsExactly("a");
        assertThat(connection.outboxRoom()).isEqualTo(10);
        assertThat(client.closeCodes()).containsExactly(1000);
    }

    @Test
    void aConnectionTheTransportReportedGoneDropsFurtherFramesAndIsNotClosedAgain() {
        var connection = new Connection(DEVICE, client, 10);

        connection.closed();
        connection.send("a");
        connection.close(CloseCodes.RESUME, "too far behind");

        assertThat(client.started()).isEmpty();
        assertThat(client.closeCodes()).isEmpty();
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void theFrameBeingWrittenTakesNoRoomInTheOutbox() {
        var connection = new Connection(DEVICE, client, 3);

        connection.send("a");
        assertThat(connection.outboxRoom()).isEqualTo(3);
        connection.send("b");
        assertThat(connection.outboxRoom()).isEqualTo(2);
        client.finishWrite();
        assertThat(connection.outboxRoom()).isEqualTo(3);
    }

    @Test
    void aSlowConnectionsFullOutboxDoesNotHoldUpAnother() {
        var slowClient = new HeldTransport(); // never finishes a write
        var slow = new Connection(DEVICE, slowClient, 3);
        var fast = new Connection(DEVICE, client, 3);

        for (int n = 0; n < 20; n++) {
            slow.send("frame " + n);
            fast.send("frame " + n);
            client.finishWrite();
        }

        assertThat(slowClient.closeCodes()).containsExactly(CloseCodes.RESUME);
        assertThat(slowClient.started()).containsExactly("frame 0");
        assertThat(fast.isOpen()).isTrue();
        assertThat(client.closeCodes()).isEmpty();
        assertThat(client.started()).containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(n -> "frame " + n).toList());
    }

    @Test
    void producersOnSeveralThreadsNeverOverlapWritesNorLoseAFrame() throws Exception {
        var network = new ThreadedTransport();
        var connection = new Connection(DEVICE, network, 10_000);
        int producers = 4;
        int each = 2_000;
        ExecutorService threads = Executors.newFixedThreadPool(producers);
        try {
            for (int producer = 0; producer < producers; producer++) {
                String name = "p" + producer + " ";
                threads.execute(() -> IntStream.range(0, each).forEach(n -> connection.send(name + n)));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> network.written().size() == producers * each);
        } finally {
            threads.shutdownNow();
            network.stop();
        }

        assertThat(network.overlapped()).as("two writes in flight at once").isZero();
        assertThat(connection.isOpen()).isTrue();
        for (int producer = 0; producer < producers; producer++) {
            String name = "p" + producer + " ";
            assertThat(network.written().stream().filter(frame -> frame.startsWith(name)).toList())
                    .containsExactlyElementsOf(IntStream.range(0, each).mapToObj(n -> name + n).toList());
        }
    }

    /** Finishes every write on a thread of its own, as the container's asynchronous send does. */
    private static final class ThreadedTransport implements Transport {
        private final ExecutorService network = Executors.newSingleThreadExecutor();
        private final List<String> written = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger overlapped = new AtomicInteger();

        @Override
        public void send(String frame, Runnable done, Consumer<Throwable> failed) {
            if (inFlight.incrementAndGet() > 1) {
                overlapped.incrementAndGet();
            }
            network.execute(() -> {
                written.add(frame);
                inFlight.decrementAndGet();
                done.run();
            });
        }

        @Override
        public void close(int code, String reason) {
        }

        @Override
        public void ping() {
        }

        List<String> written() {
            synchronized (written) {
                return List.copyOf(written);
            }
        }

        int overlapped() {
            return overlapped.get();
        }

        void stop() throws InterruptedException {
            network.shutdownNow();
            network.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
