package io.lifeline.standalone.services;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The loopback ports the three services will listen on, chosen before any of them starts, so that
 * each can be told the others' addresses and all of them start at once. A port chosen here may be
 * taken by another process before its service binds it; that service's start then fails and says so.
 * The ports given on the command line (the edge's, and the bridge's when named) are never chosen: they
 * are free too until their own listener binds them, so the system could otherwise hand one out again.
 */
public record ServicePorts(int commandSide, int querySide, int websocketBridge) {

    /**
     * Free ports for the command and query sides, and for the bridge too unless {@code bridgePort} names one;
     * none of them {@code edgePort} or {@code bridgePort}.
     */
    public static ServicePorts pick(int bridgePort, int edgePort) throws IOException {
        return pick(bridgePort, edgePort, ServicePorts::freeLoopbackPort);
    }

    static ServicePorts pick(int bridgePort, int edgePort, PortSource ports) throws IOException {
        List<ServerSocket> held = new ArrayList<>(); // held open until all are chosen, so the three are distinct
        try {
            int command = distinct(ports, held, bridgePort, edgePort);
            int query = distinct(ports, held, bridgePort, edgePort);
            int bridge = bridgePort != 0 ? bridgePort : distinct(ports, held, edgePort);
            return new ServicePorts(command, query, bridge);
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }

    private static int distinct(PortSource ports, List<ServerSocket> held, int... given) throws IOException {
        while (true) {
            ServerSocket socket = ports.open();
            held.add(socket);
            int port = socket.getLocalPort();
            if (Arrays.stream(given).noneMatch(taken -> taken == port)) {
                return port;
            }
        }
    }

    /** Where free ports come from: a listening socket the system gave a free port. */
    @FunctionalInterface
    interface PortSource {
        ServerSocket open() throws IOException;
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
