package io.lifeline.standalone.services;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

/**
 * The loopback ports the three services will listen on, chosen before any of them starts, so that
 * each can be told the others' addresses and all of them start at once. A port chosen here may be
 * taken by another process before its service binds it; that service's start then fails and says so.
 */
public record ServicePorts(int commandSide, int querySide, int websocketBridge) {

    /** Free ports for the command and query sides, and for the bridge too unless {@code bridgePort} names one. */
    public static ServicePorts pick(int bridgePort) throws IOException {
        // Held open together, so the three are distinct.
        try (ServerSocket command = freeLoopbackPort(); ServerSocket query = freeLoopbackPort();
             ServerSocket bridge = freeLoopbackPort()) {
            return new ServicePorts(command.getLocalPort(), query.getLocalPort(),
                    bridgePort != 0 ? bridgePort : bridge.getLocalPort());
        }
    }

    public int of(Service service) {
        return switch (service) {
            case COMMAND_SIDE -> commandSide;
            case QUERY_SIDE -> querySide;
            case WEBSOCKET_BRIDGE -> websocketBridge;
        };
    }

    public URI uri(Service service) {
        return loopback(of(service));
    }

    static URI loopback(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static ServerSocket freeLoopbackPort() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }
}
