package io.lifeline.standalone.services;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts bridge instances that know the query side's address: the first behind the edge, and
 * more on their own ports (as several bridges run in a distributed deployment). They reach the
 * command side over Kafka, as they do when distributed, and the query side over HTTP.
 *
 * @param edgeOrigins the browser origins of the edge, the only ones a bridge accepts here
 */
public record BridgeStarter(SharedInfrastructure shared, URI querySide, List<String> edgeOrigins) {

    /** A bridge on a port (0 for any free one), consuming the stream under its own consumer group. */
    public RunningService start(int port, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--lifeline.bridge.query-url=" + querySide,
                "--lifeline.bridge.allowed-origins=" + String.join(",", edgeOrigins)));
        arguments.addAll(List.of(settings));
        return ServiceLauncher.start(Service.WEBSOCKET_BRIDGE, shared, arguments);
    }
}
