package io.lifeline.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * The figures that depend on how much is stored: sending to a long conversation against a short one,
 * the inbox with few or very many conversations, and rebuilding every projection from the whole store.
 */
final class StorageBenchmarks {
    private final LifelineApi api;
    private final AdminSession admin;
    private final EventStoreGenerator generator;
    private final int samples;
    private final Duration settle;

    StorageBenchmarks(LifelineApi api, AdminSession admin, EventStoreGenerator generator, int samples, Duration settle) {
        this.samples = samples;
        this.settle = settle;
        this.api = api;
        this.admin = admin;
        this.generator = generator;
    }

    Results.Growth growth(int longMessages, int smallInbox, long bigInbox) throws Exception {
        String device = api.deviceToken();
        String shortConversation = api.startConversation(device);
        String longConversation = api.startConversation(device);
        generator.pausePublisher();
        generator.appendMessages(longConversation, longMessages);
        generator.conversations(Math.max(0, smallInbox - generator.conversationCount()), 0);
        generator.resumePublisherAtHead();
        awaitCaughtUp();
        for (int i = 0; i < 9; i++) {
            api.sendMessage(device, shortConversation, "short " + i); // the short one holds 10 messages
        }
        for (int i = 0; i < 20; i++) { // the first load of the long one reads every event and snapshots
            api.sendMessage(device, longConversation, "warm-up " + i);
            api.inbox(admin.token(), 50);
        }
        double sendsLoad = Machine.awaitQuiet(settle);
        Histogram toShort = histogram();
        Histogram toLong = histogram();
        for (int i = 0; i < samples; i++) {
            toShort.recordValue(timed(() -> api.sendMessage(device, shortConversation, "m")));
            toLong.recordValue(timed(() -> api.sendMessage(device, longConversation, "m")));
        }
        double smallInboxLoad = Machine.awaitQuiet(settle);
        Histogram small = inboxLatency();
        long smallCount = generator.conversationCount();
        generator.pausePublisher();
        generator.conversations(Math.max(0, bigInbox - smallCount), 0);
        generator.resumePublisherAtHead();
        awaitCaughtUp();
        double bigInboxLoad = Machine.awaitQuiet(settle);
        Histogram big = inboxLatency();
        var shortFigures = Results.Percentiles.of(toShort);
        var longFigures = Results.Percentiles.of(toLong);
        var smallFigures = Results.Percentiles.of(small);
        var bigFigures = Results.Percentiles.of(big);
        return new Results.Growth(10, shortFigures, longMessages, longFigures, longFigures.p50() / shortFigures.p50(),
                (int) smallCount, smallFigures, generator.conversationCount(), bigFigures,
                bigFigures.p50() / smallFigures.p50(), sendsLoad, smallInboxLoad, bigInboxLoad);
    }

    /** Rebuilds every projection {@code rebuilt} accepts from the whole store, topped up to {@code events} first. */
    Results.Replay replay(long events, Predicate<String> rebuilt) throws Exception {
        long generateStart = System.nanoTime();
        long before = generator.written();
        long missing = events - generator.head();
        if (missing > 0) {
            generator.pausePublisher();
            generator.conversations((missing + 1) / 2, 1); // a start and a message each, like a real first contact
            generator.resumePublisherAtHead();
        }
        long generated = generator.written() - before;
        double generationSeconds = (System.nanoTime() - generateStart) / 1e9;
        awaitCaughtUp();
        double loadBefore = Machine.awaitQuiet(settle);
        List<String> names = new ArrayList<>();
        for (JsonNode processor : api.processors(admin.token())) {
            String name = processor.get("name").asString();
            if (rebuilt.test(name)) {
                names.add(name);
            }
        }
        long head = generator.head();
        long start = System.nanoTime();
        rebuildTogether(names);
        Thread.sleep(500);
        Map<String, Double> speeds = new LinkedHashMap<>();
        awaitCaughtUp(speeds);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> alone = new LinkedHashMap<>();
        for (String name : names) {
            alone.put(name, rebuildAlone(name, head));
        }
        return new Results.Replay(head, seconds, head / seconds, speeds, alone, generated, generationSeconds,
                "generated events bypass Kafka: the generator held the kafka-publisher token while writing and "
                        + "handed it back at the head",
                loadBefore, Machine.load());
    }

    /**
     * Asks for every rebuild at once, so that "at once" means at once: each call answers only once its processor has
     * stopped, which for an idle one waits out its wait for events (up to {@code lifeline.event-processing.idle-wait},
     * 3 s), and fifteen calls one after another started the last rebuild 17-25 s after the first.
     */
    private void rebuildTogether(List<String> names) throws Exception {
        String token = admin.token();
        List<Callable<Void>> rebuilds = names.stream().<Callable<Void>>map(name -> () -> {
            api.rebuild(token, name);
            return null;
        }).toList();
        ExecutorService calls = Executors.newFixedThreadPool(Math.max(1, names.size()));
        try {
            for (Future<Void> answer : calls.invokeAll(rebuilds)) {
                answer.get(); // a refused rebuild stops the measurement
            }
        } finally {
            calls.shutdownNow();
        }
    }

    /** One projection rebuilt while the others stay at the head: its own events/s over the whole store. */
    private double rebuildAlone(String name, long head) throws Exception {
        long start = System.nanoTime();
        api.rebuild(admin.token(), name);
        Thread.sleep(100);
        awaitCaughtUp();
        return head / ((System.nanoTime() - start) / 1e9);
    }

    private void awaitCaughtUp() throws Exception {
        awaitCaughtUp(new LinkedHashMap<>());
    }

    /** Until every processor is at the head and none is replaying; notes the last speed each reported. */
    private void awaitCaughtUp(Map<String, Double> speeds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(2);
        while (System.nanoTime() < deadline) {
            boolean done = true;
            for (JsonNode processor : api.processors(admin.token())) {
                JsonNode speed = processor.get("eventsPerSecond");
                if (speed != null && !speed.isNull()) {
                    speeds.put(processor.get("name").asString(), speed.asDouble());
                }
                if (processor.get("lag").asLong() > 0 || processor.get("replaying").asBoolean()
                        || !"RUNNING".equals(processor.get("state").asString())) {
                    done = false;
                }
            }
            if (done) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the projections did not catch up");
    }

    private Histogram inboxLatency() throws Exception {
        Histogram latency = histogram();
        String token = admin.token(); // outside the timing: a renewal signs in
        for (int i = 0; i < samples; i++) {
            latency.recordValue(timed(() -> api.inbox(token, 50)));
        }
        return latency;
    }

    private static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return Math.min(TimeUnit.MINUTES.toMicros(2), (System.nanoTime() - start) / 1000);
    }
}
