package io.lifeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lifeline.standalone.data.DataDirectory;
import io.lifeline.standalone.options.StandaloneOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services and the edge start at once: when one of them fails, the start waits for the others,
 * stops everything that had started (the edge, the other services, Kafka, PostgreSQL, the data
 * directory's lock) and names the one that failed.
 */
class FailedStartIT {
    /** Only the bridge binds {@code lifeline.bridge.*}; a system property wins over its yml. */
    private static final String BRIDGE_SETTING = "lifeline.bridge.command-timeout";

    @TempDir
    Path dataDir;

    @Test
    void aServiceThatFailsWhileTheOthersStartStopsEverythingAndIsNamed() throws Exception {
        int edgePort = freePort();
        int databasePort = freePort();
        var options = new StandaloneOptions(dataDir, false, edgePort, "127.0.0.1", databasePort, 0, false);
        Set<Integer> listeningBefore = portsThisProcessListensOn();
        System.setProperty(BRIDGE_SETTING, "not-a-duration");
        ComponentDidNotStart failure;
        try {
            failure = catchThrowableOfType(ComponentDidNotStart.class, () -> Lifeline.start(options, Map.of()));
        } finally {
            System.clearProperty(BRIDGE_SETTING);
        }

        assertThat(failure).as("the start failed").isNotNull();
        assertThat(failure.component()).isEqualTo("the WebSocket bridge");
        assertThat(failure).hasMessageStartingWith("the WebSocket bridge could not start: ")
                .hasNoSuppressedExceptions(); // the others started
        assertThat(causes(failure)).anySatisfy(cause -> assertThat(cause.getMessage()).contains(BRIDGE_SETTING));

        assertThat(portsThisProcessListensOn()).as("ports this JVM listens on after the failed start")
                .isEqualTo(listeningBefore);
        assertThat(free(edgePort)).as("the edge's port is free").isTrue();
        assertThat(free(databasePort)).as("PostgreSQL's port is free").isTrue();
        DataDirectory.open(dataDir, false).close(); // its lock was released: the last thing a stop does
    }

    private static List<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, cause -> cause != null, Throwable::getCause).toList();
    }

    /**
     * The TCP ports that sockets of this JVM listen on (Linux: its descriptors' socket inodes, looked
     * up in the kernel's table), so a Tomcat or Netty server of a context left running shows up
     * whatever port it took.
     */
    private static Set<Integer> portsThisProcessListensOn() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            descriptors.forEach(descriptor -> {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // not a socket of ours any more
                }
            });
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                String[] fields = line.trim().split("\\s+");
                boolean listening = fields[3].equals("0A");
                if (listening && inodes.contains(fields[9])) {
                    String local = fields[1];
                    ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
