package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.standalone.services.RunningService;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A client may send a receipt per message: the bridge holds a connection's receipts for a window
 * and stores, per conversation, only the highest {@code delivered} and {@code read}. This bridge's
 * window is a minute, so whatever is stored within the test was sent because the connection closed.
 */
class ReceiptsIT {
    private static final Set<String> RECEIPTS = Set.of("MessagesDelivered", "MessagesRead");
    static StandaloneForTests lifeline;
    static RunningService patient;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
        patient = lifeline.bridges().start(0, "--lifeline.bridge.receipt-window=PT1M");
    }

    @AfterAll
    static void stop() {
        if (patient != null) {
            patient.close();
        }
    }

    @Test
    void aBurstOfReceiptsIsStoredAsTheHighestOfEachKindOnceTheConnectionCloses() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Scrolling through");
        for (int i = 2; i <= 6; i++) {
            lifeline.call("POST", "/api/conversations/" + id + "/messages", device.token(),
                    Map.of("clientMessageId", "m-" + i, "text", "message " + i));
        }
        try (var phone = TestSocket.connect(URI.create("ws://127.0.0.1:" + patient.port() + "/ws"), device.token())) {
            for (int upTo = 1; upTo <= 6; upTo++) {
                phone.send(Map.of("type", "delivered", "conversationId", id, "upToSequence", upTo));
                if (upTo <= 4) {
                    phone.send(Map.of("type", "read", "conversationId", id, "upToSequence", upTo));
                }
            }
        }

        assertThat(awaitReceipts(id)).containsExactly("MessagesDelivered 6", "MessagesRead 4");
    }

    /** The stored receipts once a read is among them (sent after the delivered of the same flush), or after ten seconds. */
    private static List<String> awaitReceipts(String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> receipts;
        do {
            JsonNode stored = lifeline.call("GET", "/api/query/conversations/" + id + "/events", lifeline.adminToken(), null);
            receipts = stored.path("events").valueStream()
                    .filter(event -> RECEIPTS.contains(event.path("type").asString()))
                    .map(event -> event.path("type").asString() + " " + event.path("payload").path("upToSequence").asLong())
                    .toList();
            if (receipts.stream().anyMatch(receipt -> receipt.startsWith("MessagesRead"))) {
                return receipts;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return receipts;
    }
}
