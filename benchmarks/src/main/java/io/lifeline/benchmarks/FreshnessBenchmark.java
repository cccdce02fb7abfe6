package io.lifeline.benchmarks;

import java.io.IOException;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * How soon a stored message can be read back from a projection: a device sends a message over REST,
 * and from its acknowledgement polls its own conversation list (the inbox projection) every
 * millisecond until the list shows the message's sequence. One message at a time, a pause between
 * them, so the figure is the read side's pick-up delay and not a queue.
 */
final class FreshnessBenchmark {
    private static final Duration PAUSE = Duration.ofMillis(50);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private FreshnessBenchmark() {
    }

    static Results.Freshness run(LifelineApi api, int samples) throws IOException, InterruptedException {
        String device = api.deviceToken();
        String conversation = api.startConversation(device);
        Histogram micros = new Histogram(GIVE_UP.toNanos() / 1_000, 3);
        double loadBefore = Machine.load();
        for (int n = 0; n < samples; n++) {
            long sequence = api.sendMessage(device, conversation, "fresh " + n).path("sequence").asLong();
            long acknowledged = System.nanoTime();
            while (lastMessageSequence(api, device, conversation) < sequence) {
                if (System.nanoTime() - acknowledged > GIVE_UP.toNanos()) {
                    throw new IllegalStateException("message " + sequence + " not in the inbox after " + GIVE_UP);
                }
                Thread.sleep(1);
            }
            micros.recordValue(Math.min((System.nanoTime() - acknowledged) / 1_000, micros.getHighestTrackableValue()));
            Thread.sleep(PAUSE.toMillis());
        }
        return new Results.Freshness(Results.Percentiles.of(micros), loadBefore, Machine.load());
    }

    private static long lastMessageSequence(LifelineApi api, String device, String conversation)
            throws IOException, InterruptedException {
        for (var item : api.get("/api/query/my/conversations", device).path("conversations")) {
            if (item.path("conversationId").asString().equals(conversation)) {
                return item.path("lastMessageSequence").asLong(-1);
            }
        }
        return -1;
    }
}
