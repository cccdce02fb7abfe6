package io.lifeline.benchmarks;

import io.lifeline.client.ClientListener;
import io.lifeline.client.LifelineClient;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.stream.EventEnvelope;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Send-to-delivery latency at a fixed offered rate. Each conversation has one device connection that
 * sends; one staff connection subscribed to the inbox receives every message (and, with receipts on,
 * takes part in every conversation and answers each message with {@code delivered} and {@code read}
 * at its sequence, as a person's client does). Message {@code i} of a
 * run is due at {@code start + i / rate}: the schedule, not the previous answer, decides when it is
 * sent, and its latency is measured from that due time, so a stall shows up in every message it
 * delayed (no coordinated omission).
 */
final class LatencyBenchmark implements AutoCloseable {
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final List<LifelineClient> devices = new ArrayList<>();
    private final List<ConversationId> conversations = new ArrayList<>();
    private LifelineClient staff;
    private final ConcurrentHashMap<String, Run> runs = new ConcurrentHashMap<>();
    private final StandaloneProcess process;
    private final boolean receipts;

    private LatencyBenchmark(StandaloneProcess process, boolean receipts) {
        this.process = process;
        this.receipts = receipts;
    }

    /** Opens the conversations and connections: one device each, and the staff member on the inbox. */
    static LatencyBenchmark open(LifelineApi api, String staffToken, int conversationCount, boolean receipts,
                                 HttpClient http, StandaloneProcess process) throws Exception {
        var benchmark = new LatencyBenchmark(process, receipts);
        try {
            benchmark.connect(api, staffToken, conversationCount, http);
        } catch (Exception e) {
            benchmark.close();
            throw e;
        }
        return benchmark;
    }

    private void connect(LifelineApi api, String staffToken, int conversationCount, HttpClient http)
            throws Exception {
        staff = LifelineClient.builder().uri(api.webSocketUri()).token(() -> staffToken)
                .httpClient(http).listener(new ClientListener() {
                    @Override
                    public void onEvent(EventEnvelope event) {
                        delivered(event);
                    }
                }).build();
        staff.connect().get(30, TimeUnit.SECONDS);
        staff.subscribeInbox();
        staff.ping().get(30, TimeUnit.SECONDS); // the subscription is in place once the pong is back
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<LifelineClient>>();
            var ids = new ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < conversationCount; i++) {
                String token = api.deviceToken();
                ids.add(pool.submit(() -> api.startConversation(token)));
                futures.add(pool.submit(() -> {
                    LifelineClient device = LifelineClient.builder().uri(api.webSocketUri()).token(() -> token)
                            .httpClient(http).build();
                    device.connect().get(30, TimeUnit.SECONDS);
                    return device;
                }));
            }
            for (int i = 0; i < conversationCount; i++) {
                conversations.add(new ConversationId(UUID.fromString(ids.get(i).get())));
                devices.add(futures.get(i).get());
                if (receipts) {
                    api.join(staffToken, ids.get(i).get());
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private void delivered(EventEnvelope event) {
        if (!"MessageSent".equals(event.type())) {
            return;
        }
        var clientId = event.payload().get("clientMessageId");
        if (clientId == null || clientId.isNull()) {
            return;
        }
        if (receipts) {
            var conversation = ConversationId.parse(event.conversationId());
            staff.delivered(conversation, event.sequence());
            staff.read(conversation, event.sequence());
        }
        String id = clientId.asString();
        int dash = id.lastIndexOf('-');
        Run run = dash < 0 ? null : runs.get(id.substring(0, dash));
        if (run != null) {
            run.delivered(Long.parseLong(id.substring(dash + 1)), System.nanoTime());
        }
    }

    /** Offers {@code rate} messages a second for the warm-up and then the recorded duration. */
    Results.LatencyRun run(int rate, Duration warmup, Duration duration) throws InterruptedException {
        String prefix = "b" + UUID.randomUUID().toString().substring(0, 8);
        long period = 1_000_000_000L / rate;
        long warmupCount = warmup.toNanos() / period;
        long total = warmupCount + duration.toNanos() / period;
        Run run = new Run(warmupCount, period);
        runs.put(prefix, run);
        double loadBefore = Machine.load();
        Duration cpuBefore = Machine.ownCpu();
        Duration systemBefore = process == null ? null : process.cpuTime();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        run.start = start;
        for (long i = 0; i < total; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int slot = (int) (i % devices.size());
            long index = i;
            var frame = new SendFrame(new ClientMessageId(prefix + "-" + i), conversations.get(slot),
                    MessageContent.text("benchmark message " + i), null, false);
            devices.get(slot).send(frame).whenComplete((ack, failure) -> run.acked(index, failure, System.nanoTime()));
            run.sent.incrementAndGet();
        }
        long end = System.nanoTime();
        long drainUntil = end + TimeUnit.SECONDS.toNanos(10);
        while (run.pending(total) && System.nanoTime() < drainUntil) {
            Thread.sleep(20);
        }
        runs.remove(prefix);
        double seconds = (end - start - warmupCount * period) / 1e9;
        Duration cpu = Machine.ownCpu().minus(cpuBefore);
        double wall = (System.nanoTime() - start) / 1e9;
        Double systemCpu = systemBefore == null ? null : 100.0 * process.cpuTime().minus(systemBefore).toNanos() / 1e9 / wall;
        long recorded = total - warmupCount;
        return new Results.LatencyRun(rate, seconds, recorded / seconds, run.sent.get(), run.deliveredTotal.get(),
                run.errors.get(), Math.max(0, total - run.deliveredTotal.get() - run.errors.get()),
                Results.Percentiles.of(run.delivery), Results.Percentiles.of(run.ack), loadBefore, Machine.load(),
                100.0 * cpu.toNanos() / 1e9 / wall, systemCpu);
    }

    @Override
    public void close() {
        devices.forEach(LifelineClient::close);
        if (staff != null) {
            staff.close();
        }
    }

    /** One rate's counters; recorded from the clients' threads. */
    private static final class Run {
        final long warmupCount;
        final long period;
        volatile long start;
        final Histogram delivery = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        final Histogram ack = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        final AtomicLong sent = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong acks = new AtomicLong();
        final AtomicLong deliveredTotal = new AtomicLong();
        final AtomicLong deliveredCount = new AtomicLong();
        final java.util.Set<Long> seen = ConcurrentHashMap.newKeySet();

        Run(long warmupCount, long period) {
            this.warmupCount = warmupCount;
            this.period = period;
        }

        void delivered(long index, long now) {
            if (!seen.add(index)) {
                return; // at least once: a repeat is not a second delivery
            }
            deliveredTotal.incrementAndGet();
            if (index >= warmupCount) {
                deliveredCount.incrementAndGet();
                delivery.recordValue(micros(index, now));
            }
        }

        void acked(long index, Throwable failure, long now) {
            if (failure != null) {
                errors.incrementAndGet();
                return;
            }
            acks.incrementAndGet();
            if (index >= warmupCount) {
                ack.recordValue(micros(index, now));
            }
        }

        boolean pending(long total) {
            return deliveredTotal.get() + errors.get() < total || acks.get() + errors.get() < total;
        }

        private long micros(long index, long now) {
            return Math.min(HIGHEST_MICROS, Math.max(0, (now - (start + index * period)) / 1000));
        }
    }
}
