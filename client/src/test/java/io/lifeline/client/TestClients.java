package io.lifeline.client;

import io.lifeline.contracts.protocol.PongFrame;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Clients pointed at a scripted bridge, reconnecting within milliseconds so that tests wait little. */
final class TestClients {
    static final ReconnectPolicy QUICK = new ReconnectPolicy(Duration.ofMillis(10), Duration.ofMillis(50), 2, 0.5);

    private TestClients() {
    }

    static LifelineClient client(ScriptedBridge bridge, ClientListener listener, Supplier<String> tokens) {
        return LifelineClient.builder()
                .uri(bridge.uri())
                .token(tokens)
                .listener(listener)
                .reconnect(QUICK)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * A ping and its pong: frames from the bridge are handled in order, so once the pong is back every
     * frame sent before it has been dealt with.
     */
    static void roundTrip(LifelineClient client, BridgeConnection connection) throws Exception {
        var pong = client.ping();
        connection.send(new PongFrame(connection.awaitFrame("ping").path("ref").asString()));
        pong.get(10, TimeUnit.SECONDS);
    }
}
