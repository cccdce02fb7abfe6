package io.lifeline.standalone.config;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * Every context in this JVM sees every service's jars, so it would run auto-configurations its
 * service does not have when it runs alone (a DataSource for a service without a database, the
 * gateway inside a service). Excluding them by package keeps the list right as libraries add
 * auto-configurations; the result goes into {@code spring.autoconfigure.exclude}.
 */
public final class AutoConfigurationExclusions {

    /**
     * What only the edge brings and a servlet service must not run: Spring Cloud (its gateway would
     * start inside the service), WebFlux and Reactor Netty. The HTTP client and codec
     * auto-configurations the gateway also brings stay: a service that adds a REST client needs them.
     */
    public static final Set<String> EDGE_ONLY = Set.of(
            "org.springframework.cloud",
            "org.springframework.boot.webflux",
            "org.springframework.boot.reactor",
            "org.springframework.boot.netty");

    /**
     * What only the services with a database bring: Axon on JDBC, the DataSource, Flyway and their
     * API docs (the bridge has none of these).
     */
    public static final Set<String> DATABASE_SERVICES_ONLY = Set.of(
            "org.axonframework",
            "org.springframework.boot.jdbc",
            "org.springframework.boot.flyway",
            "org.springdoc");

    /** What only the query side brings: JPA and Hibernate for its read models. */
    public static final Set<String> QUERY_SIDE_ONLY = Set.of(
            "org.springframework.boot.hibernate",
            "org.springframework.boot.data.jpa");

    /**
     * What matches in no context, yet costs each start: Log4j 2 metrics apply only where Log4j's own
     * core does the logging, and here Logback does. Their condition asks Log4j for its logger
     * context, which sets up Log4j's configuration machinery (several hundred classes) for nothing.
     */
    public static final Set<String> NEVER_MATCHING = Set.of(
            "org.springframework.boot.micrometer.metrics.autoconfigure.logging.log4j2");

    private AutoConfigurationExclusions() {
    }

    /** The auto-configuration classes on the classpath in any of the packages (or below them). */
    @SafeVarargs
    public static List<String> inPackages(Set<String>... packageSets) {
        Set<String> packages = Arrays.stream(packageSets).flatMap(Set::stream).collect(Collectors.toSet());
        return ImportCandidates.load(AutoConfiguration.class, AutoConfigurationExclusions.class.getClassLoader())
                .getCandidates().stream()
                .filter(candidate -> packages.stream().anyMatch(prefix -> candidate.startsWith(prefix + ".")))
                .sorted()
                .toList();
    }

    /** The command-line argument that excludes them. */
    @SafeVarargs
    public static String argument(Set<String>... packageSets) {
        return "--spring.autoconfigure.exclude=" + String.join(",", inPackages(packageSets));
    }
}
