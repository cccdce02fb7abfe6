package io.lifeline.query;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM: an embedded server by default (no installs, no Docker), or a
 * Testcontainers one with {@code -Dlifeline.test.database=testcontainers} where a Docker engine runs.
 */
public final class TestDatabase {
    private static String url;
    private static String username;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        start();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> username);
        registry.add("spring.datasource.password", () -> password);
    }

    public static synchronized String url() {
        start();
        return url;
    }

    public static String username() {
        return username;
    }

    public static String password() {
        return password;
    }

    /**
     * A database of its own on the same server, with its own copy of the event store schema, for an
     * extra instance whose processors must claim no tokens the test context's need.
     */
    public static synchronized String newDatabase(String name) {
        start();
        try (var connection = java.sql.DriverManager.getConnection(url, username, password);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        String newUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        org.flywaydb.core.Flyway.configure().dataSource(newUrl, username, password)
                .schemas("event_store").defaultSchema("event_store")
                .locations("classpath:db/test-event-store").load().migrate();
        return newUrl;
    }

    private static void start() {
        if (url != null) {
            return;
        }
        startServer();
        // The command side owns this schema; its copy lets the query side be tested on its own.
        org.flywaydb.core.Flyway.configure().dataSource(url, username, password)
                .schemas("event_store").defaultSchema("event_store")
                .locations("classpath:db/test-event-store").load().migrate();
        // Tables of test-only projections (processors.FragileProjection), apart from the read models.
        org.flywaydb.core.Flyway.configure().dataSource(url, username, password)
                .schemas("test_side").defaultSchema("test_side")
                .locations("classpath:db/test-side").load().migrate();
    }

    private static void startServer() {
        if ("testcontainers".equals(System.getProperty("lifeline.test.database"))
                && DockerClientFactory.instance().isDockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            url = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
            return;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            url = postgres.getJdbcUrl("postgres", "postgres");
            username = "postgres";
            password = "postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }
}
