package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.connection.Connections;
import io.lifeline.client.ClientListener;
import io.lifeline.client.LifelineClient;
import io.lifeline.client.ReconnectPolicy;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.contracts.stream.EventEnvelope;
import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.standalone.services.RunningService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java client against the real bridge, command side, query side and Kafka: many writers in one
 * conversation, connections cut at random, and the bridge itself restarted mid-stream. Each client
 * must end with exactly the conversation's sequence: nothing missing, nothing twice, in order.
 */
class ClientIT {
    private static final ReconnectPolicy QUICK = new ReconnectPolicy(Duration.ofMillis(20), Duration.ofMillis(500), 2.0, 0.5);
    static StandaloneForTests lifeline;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
    }

    /** Records what one client was handed, in order. */
    static final class Recorder implements ClientListener {
        final List<EventEnvelope> events = new CopyOnWriteArrayList<>();
        final AtomicInteger connects = new AtomicInteger();

        @Override
        public void onEvent(EventEnvelope event) {
            events.add(event);
        }

        @Override
        public void onConnected() {
            connects.incrementAndGet();
        }

        List<Long> sequences() {
            return events.stream().map(EventEnvelope::sequence).toList();
        }
    }

    @Test
    void fiftyClientsSendingAHundredMessagesEachAllSeeTheSameEventsInTheSameOrder() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Crowded");
        lifeline.call("PUT", "/api/conversations/" + id + "/participants/me", lifeline.adminToken(), null);
        ConversationId conversation = ConversationId.parse(id);
        List<LifelineClient> clients = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) { // forty of the device's connections (app and tabs), ten of staff
                var recorder = new Recorder();
                var client = client(lifeline.ws(), i < 40 ? device.token() : lifeline.adminToken(), recorder);
                client.connect().get(30, TimeUnit.SECONDS);
                client.subscribe(conversation);
                clients.add(client);
                recorders.add(recorder);
            }
            List<CompletableFuture<AckFrame>> acks = new ArrayList<>();
            for (int message = 0; message < 100; message++) {
                for (var client : clients) {
                    acks.add(client.send(conversation, "message " + message));
                }
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            long last = acks.stream().mapToLong(ack -> ack.join().sequence()).max().orElseThrow();
            assertThat(last).isEqualTo(5_002); // the start, the first message, the join, then 5,000

            await(() -> recorders.stream().allMatch(recorder -> recorder.events.size() >= 5_003), Duration.ofMinutes(2));
            List<String> reference = eventIds(recorders.get(0));
            assertThat(recorders.get(0).sequences()).isEqualTo(range(5_003));
            for (var recorder : recorders) {
                assertThat(eventIds(recorder)).isEqualTo(reference);
            }
        } finally {
            clients.forEach(LifelineClient::close);
        }
    }

    @Test
    void aClientCutOffAHundredTimesAtRandomEndsWithTheExactSequence() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Bad network");
        var recorder = new Recorder();
        var random = new Random(42);
        Connections connections = lifeline.bridge().context().getBean(Connections.class);
        try (var client = client(lifeline.ws(), device.token(), recorder)) {
            client.connect().get(30, TimeUnit.SECONDS);
            client.subscribe(ConversationId.parse(id));
            var writing = CompletableFuture.runAsync(() -> sendOverRest(device.token(), id, 400));
            int cuts = 0;
            while (cuts < 100) {
                Thread.sleep(random.nextInt(60));
                Connection mine = connections.all().stream()
                        .filter(connection -> connection.isOpen() && connection.caller().subject().equals(device.publicId()))
                        .findFirst().orElse(null);
                if (mine != null) {
                    int[] codes = {CloseCodes.RESUME, 1001, 1011};
                    mine.close(codes[random.nextInt(codes.length)], "cut by the test");
                    cuts++;
                }
            }
            writing.get(5, TimeUnit.MINUTES);
            // every event may be in before the client is back from the last cut: wait for both
            await(() -> recorder.events.size() >= 402 && recorder.connects.get() > 100, Duration.ofMinutes(1));
            assertThat(recorder.connects.get()).isGreaterThan(100);
            assertThat(recorder.sequences()).isEqualTo(range(402));
        }
    }

    @Test
    void aBridgeRestartedMidStreamLosesNothing() throws Exception {
        RunningService edgeBridge = lifeline.bridge();
        int port = edgeBridge.port();
        RunningService restarted = null;
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Restart");
        var recorder = new Recorder();
        try (var client = client(URI.create("ws://127.0.0.1:" + port + "/ws"), device.token(), recorder)) {
            client.connect().get(30, TimeUnit.SECONDS);
            client.subscribe(ConversationId.parse(id));
            var writing = CompletableFuture.runAsync(() -> sendOverRest(device.token(), id, 300));
            await(() -> recorder.events.size() > 50, Duration.ofMinutes(1));
            edgeBridge.close(); // mid-stream: messages keep being stored while no bridge runs
            Thread.sleep(500);
            restarted = lifeline.bridges().start(port);
            writing.get(5, TimeUnit.MINUTES);
            await(() -> recorder.events.size() >= 302, Duration.ofMinutes(1));
            assertThat(recorder.connects.get()).isGreaterThanOrEqualTo(2);
            assertThat(recorder.sequences()).isEqualTo(range(302));
        } finally {
            lifeline.replaceBridge(restarted != null ? restarted : lifeline.bridges().start(port));
        }
    }

    private static LifelineClient client(URI uri, String token, ClientListener listener) {
        return LifelineClient.builder().uri(uri).token(() -> token).listener(listener).reconnect(QUICK).build();
    }

    private static void sendOverRest(String token, String id, int messages) {
        try {
            for (int i = 0; i < messages; i++) {
                lifeline.resend("POST", "/api/conversations/" + id + "/messages", token,
                        Map.of("clientMessageId", "r-" + i, "text", "message " + i));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> eventIds(Recorder recorder) {
        return recorder.events.stream().map(EventEnvelope::eventId).toList();
    }

    private static List<Long> range(long count) {
        List<Long> all = new ArrayList<>();
        for (long sequence = 0; sequence < count; sequence++) {
            all.add(sequence);
        }
        return all;
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
