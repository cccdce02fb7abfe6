package io.lifeline.command;

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
     * A database of its own on the same server, for an extra instance that must share no tokens,
     * locks or rows with the test context's.
     */
    public static synchronized String newDatabase(String name) {
        start();
        try (var connection = java.sql.DriverManager.getConnection(url, username, password);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    private static void start() {
        if (url != null) {
            return;
        }
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
