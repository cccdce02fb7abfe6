package io.lifeline.standalone.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL server on the loopback interface, started from the data directory (initialised on
 * first use) and stopped by {@link #close()}. The superuser reaches it without a password from this
 * machine only, as zonky sets it up; every schema lives in one database, {@value #DATABASE}.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "lifeline";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @param port 0 picks a free one */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        StalePostmaster.stopIfRunning(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port == 0 ? freePort() : port)
                // The standalone process stops PostgreSQL itself, after the services that use it.
                .setRegisterShutdownHook(false)
                // zonky turns these off for test speed (it passes -F; a later -c wins); here an acknowledged
                // commit must survive a crash or a power cut, as in production.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // First start unpacks the binaries and runs initdb: slower than zonky's 10 s default on a busy machine.
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        try {
            database.createDatabaseIfMissing();
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw new IOException("PostgreSQL started, but the " + DATABASE + " database could not be created", e);
        }
        return database;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
