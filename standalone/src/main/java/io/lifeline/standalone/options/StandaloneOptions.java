package io.lifeline.standalone.options;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How one standalone process runs. A flag wins over its environment variable, which wins over the
 * default, so a README command line can always override what a shell profile exports.
 *
 * @param dataDir     where PostgreSQL, Kafka, attachments and the generated secrets live (absolute)
 * @param clean       delete the data directory's contents before starting
 * @param port        the one port clients use
 * @param address     the interface the client port listens on
 * @param dbPort      PostgreSQL's port on the loopback interface; 0 picks a free one
 * @param bridgePort  the WebSocket bridge's own port on the loopback interface, behind the edge; 0 picks a
 *                    free one
 * @param help        print the usage and start nothing
 */
public record StandaloneOptions(Path dataDir, boolean clean, int port, String address, int dbPort, int bridgePort,
                                boolean help) {

    public static final String USAGE = """
            Usage: java -jar lifeline-standalone.jar [options]

            Runs all of Lifeline in one process: the command side, the query side and the WebSocket
            bridge, an embedded PostgreSQL and an in-process Kafka broker, behind one client address.

            Options (a flag wins over its environment variable):
              --data-dir=PATH   PostgreSQL's and Kafka's data, attachments and the generated secrets
                                [env LIFELINE_DATA_DIR, default ./data]
              --clean           delete the data directory's contents first: a fresh, empty system
              --port=N          the port for every client: REST, WebSocket, API docs
                                [env LIFELINE_PORT, default 8080]
              --address=HOST    the interface that port listens on; 0.0.0.0 for every interface
                                [env LIFELINE_ADDRESS, default 127.0.0.1]
              --db-port=N       PostgreSQL's port on 127.0.0.1, to look inside with psql; 0 picks a free one
                                [env LIFELINE_STANDALONE_DB_PORT, default 0]
              --bridge-port=N   the WebSocket bridge's own port on 127.0.0.1, behind the edge, to reach
                                it directly (ws://127.0.0.1:N/ws); 0 picks a free one
                                [env LIFELINE_STANDALONE_BRIDGE_PORT, default 0]
              --help            print this text and exit

            Secrets, read from the environment:
              LIFELINE_ADMIN_USERNAME  the first admin's name [default admin]
              LIFELINE_ADMIN_PASSWORD  the first admin's password; without it one is generated on the
                                       first start and kept in <data-dir>/admin-password
              LIFELINE_JWT_SECRET      signs every token; without it one is generated and kept in
                                       <data-dir>/jwt-secret
            Every other service setting (LIFELINE_MAX_MESSAGE_LENGTH, ...) is read as in the
            distributed deployment.

            Stop with Ctrl+C: the services, then Kafka, then PostgreSQL shut down cleanly.
            """;

    static final Path DEFAULT_DATA_DIR = Path.of("data");
    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_ADDRESS = "127.0.0.1";

    /** Options with the bridge on any free port. */
    public StandaloneOptions(Path dataDir, boolean clean, int port, String address, int dbPort, boolean help) {
        this(dataDir, clean, port, address, dbPort, 0, help);
    }

    /**
     * @param workingDirectory what a relative data directory is relative to
     * @throws InvalidOptions naming the first flag or variable that cannot be used
     */
    public static StandaloneOptions parse(List<String> args, Map<String, String> env, Path workingDirectory) {
        String dataDir = env.get("LIFELINE_DATA_DIR");
        String port = env.get("LIFELINE_PORT");
        String address = env.get("LIFELINE_ADDRESS");
        String dbPort = env.get("LIFELINE_STANDALONE_DB_PORT");
        String bridgePort = env.get("LIFELINE_STANDALONE_BRIDGE_PORT");
        boolean clean = false;
        boolean help = false;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--data-dir" -> dataDir = required(name, value);
                case "--port" -> port = required(name, value);
                case "--address" -> address = required(name, value);
                case "--db-port" -> dbPort = required(name, value);
                case "--bridge-port" -> bridgePort = required(name, value);
                case "--clean" -> clean = flag(name, value);
                case "--help", "-h" -> help = flag(name, value);
                default -> throw new InvalidOptions("Unknown option " + name);
            }
        }
        Path data = workingDirectory.resolve(blankToNull(dataDir) == null ? DEFAULT_DATA_DIR : Path.of(dataDir.trim()))
                .toAbsolutePath().normalize();
        return new StandaloneOptions(data, clean,
                port("--port / LIFELINE_PORT", port, DEFAULT_PORT, 1),
                blankToNull(address) == null ? DEFAULT_ADDRESS : address.trim(),
                port("--db-port / LIFELINE_STANDALONE_DB_PORT", dbPort, 0, 0),
                port("--bridge-port / LIFELINE_STANDALONE_BRIDGE_PORT", bridgePort, 0, 0),
                help);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidOptions(name + " needs a value, as in " + name + "=...");
        }
        return value;
    }

    private static boolean flag(String name, String value) {
        if (value != null) {
            throw new InvalidOptions(name + " takes no value");
        }
        return true;
    }

    private static int port(String name, String value, int fallback, int lowest) {
        if (blankToNull(value) == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= lowest && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the range
        }
        throw new InvalidOptions(name + " must be a port number from " + lowest + " to 65535, not '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
