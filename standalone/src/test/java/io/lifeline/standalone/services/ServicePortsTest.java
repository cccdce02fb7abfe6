package io.lifeline.standalone.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The services' ports never repeat the ports given on the command line, which are free until their listeners bind. */
class ServicePortsTest {
    private final List<ScriptedSocket> opened = new ArrayList<>();

    @Test
    void aFreePortThatIsTheEdgesIsPassedOverAndEverySocketClosed() throws IOException {
        // The system hands out the edge's port 8080 (free until the edge binds it), then others.
        ServicePorts ports = ServicePorts.pick(0, 8080, source(8080, 41001, 8080, 41002, 41003));

        assertThat(ports).isEqualTo(new ServicePorts(41001, 41002, 41003));
        assertThat(opened).hasSize(5).allSatisfy(socket -> assertThat(socket.isClosed()).isTrue());
    }

    @Test
    void aNamedBridgePortIsKeptAndNeverGivenToAnotherService() throws IOException {
        ServicePorts ports = ServicePorts.pick(9000, 8080, source(9000, 41001, 8080, 41002));

        assertThat(ports).isEqualTo(new ServicePorts(41001, 41002, 9000));
    }

    private ServicePorts.PortSource source(int... handedOut) {
        Deque<Integer> next = new ArrayDeque<>();
        for (int port : handedOut) {
            next.add(port);
        }
        return () -> {
            ScriptedSocket socket = new ScriptedSocket(next.remove());
            opened.add(socket);
            return socket;
        };
    }

    /** An unbound socket that reports the port the script gives it. */
    private static final class ScriptedSocket extends ServerSocket {
        private final int port;

        ScriptedSocket(int port) throws IOException {
            this.port = port;
        }

        @Override
        public int getLocalPort() {
            return port;
        }
    }
}
