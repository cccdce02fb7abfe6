package io.lifeline.benchmarks;

import io.lifeline.client.LifelineClient;
import io.lifeline.client.ReconnectPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Idle WebSocket connections held by one bridge, and what each costs it: the bridge's JVM heap after a
 * full collection and its resident memory, before and after (readable when this tool started the
 * process). A started standalone's connections go straight to its bridge's own port, past the edge, so
 * the figure is the bridge's alone, as each bridge is its own process behind nginx when distributed;
 * that JVM also holds the command and query sides, which idle connections do not touch.
 */
final class ConnectionsBenchmark {
    private ConnectionsBenchmark() {
    }

    static Results.Connections run(LifelineApi api, int count, HttpClient http, StandaloneProcess process)
            throws Exception {
        Long heapBefore = process == null ? null : Machine.heapAfterGc(process.pid());
        Long rssBefore = process == null ? null : Machine.rss(process.pid());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count / 50); i++) {
            tokens.add(api.deviceToken()); // a device may hold several connections (phone, tablet)
        }
        URI target = process == null ? api.webSocketUri() : process.bridgeWebSocketUri();
        List<LifelineClient> clients = new ArrayList<>();
        Semaphore inFlight = new Semaphore(64);
        AtomicReference<String> failure = new AtomicReference<>();
        long start = System.nanoTime();
        List<CompletableFuture<Void>> opening = new ArrayList<>();
        for (int i = 0; i < count && failure.get() == null; i++) {
            String token = tokens.get(i % tokens.size());
            LifelineClient client = LifelineClient.builder().uri(target).token(() -> token).httpClient(http)
                    .reconnect(ReconnectPolicy.defaults()).connectTimeout(Duration.ofSeconds(30)).build();
            clients.add(client);
            inFlight.acquire();
            opening.add(client.connect().orTimeout(60, TimeUnit.SECONDS).whenComplete((ok, e) -> {
                inFlight.release();
                if (e != null) {
                    failure.compareAndSet(null, e.toString());
                }
            }));
        }
        int opened = 0;
        for (CompletableFuture<Void> future : opening) {
            try {
                future.join();
                opened++;
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e.toString());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(2000); // let the handshakes' garbage become garbage
        Long heapAfter = process == null ? null : Machine.heapAfterGc(process.pid());
        Long rssAfter = process == null ? null : Machine.rss(process.pid());
        double load = Machine.load();
        clients.forEach(LifelineClient::close);
        Thread.sleep(1000);
        int n = Math.max(opened, 1);
        return new Results.Connections(count, opened, failure.get(), seconds, heapBefore, heapAfter,
                heapBefore == null || heapAfter == null ? null : (heapAfter - heapBefore) / (double) n,
                rssBefore, rssAfter, rssBefore == null || rssAfter == null ? null : (rssAfter - rssBefore) / (double) n,
                process == null ? target + " (through the client address)" : target + " (straight to the bridge, past the edge)",
                process == null ? "not measured: the process was not started by the benchmark"
                        : "the standalone JVM (bridge + command and query side; the edge carries no connection): "
                                + "heap used after a full GC (jcmd), RSS from /proc",
                load);
    }
}
