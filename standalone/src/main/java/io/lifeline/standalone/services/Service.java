package io.lifeline.standalone.services;

import static io.lifeline.standalone.config.AutoConfigurationExclusions.DATABASE_SERVICES_ONLY;
import static io.lifeline.standalone.config.AutoConfigurationExclusions.QUERY_SIDE_ONLY;
import static io.lifeline.standalone.config.AutoConfigurationExclusions.EDGE_ONLY;
import static io.lifeline.standalone.config.AutoConfigurationExclusions.NEVER_MATCHING;

import io.lifeline.bridge.WebSocketBridgeApplication;
import io.lifeline.command.CommandSideApplication;
import io.lifeline.query.QuerySideApplication;
import io.lifeline.standalone.config.AutoConfigurationExclusions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The services, in start order, and what each must not auto-configure from the others' jars. When a
 * service gains a database or Kafka, its line here changes with it: an exclusion it has outgrown
 * shows up as a missing bean when {@code StandaloneIT} starts the system.
 */
public enum Service {
    COMMAND_SIDE(CommandSideApplication.class, CommandSideApplication::builder, QUERY_SIDE_ONLY) {
        @Override
        void addArguments(List<String> arguments, SharedInfrastructure shared) {
            addDatabase(arguments, shared);
            shared.adminPassword().ifPresent(password -> arguments.add("--lifeline.admin.password=" + password));
            shared.attachmentDir().ifPresent(dir -> arguments.add("--lifeline.attachment.dir=" + dir));
        }
    },
    QUERY_SIDE(QuerySideApplication.class, QuerySideApplication::builder, Set.of()) {
        @Override
        void addArguments(List<String> arguments, SharedInfrastructure shared) {
            addDatabase(arguments, shared);
        }
    },
    WEBSOCKET_BRIDGE(WebSocketBridgeApplication.class, WebSocketBridgeApplication::builder,
            union(DATABASE_SERVICES_ONLY, QUERY_SIDE_ONLY));

    /** One database in the standalone mode: the command side owns schema event_store, the query side read_model. */
    private static void addDatabase(List<String> arguments, SharedInfrastructure shared) {
        arguments.add("--spring.datasource.url=" + shared.jdbcUrl());
        arguments.add("--spring.datasource.username=" + shared.databaseUser());
        arguments.add("--spring.datasource.password=");
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> both = new java.util.HashSet<>(first);
        both.addAll(second);
        return Set.copyOf(both);
    }

    private final Class<?> applicationClass;
    private final Supplier<SpringApplicationBuilder> builder;
    private final Set<String> foreignAutoConfiguration;

    Service(Class<?> applicationClass, Supplier<SpringApplicationBuilder> builder, Set<String> foreignAutoConfiguration) {
        this.applicationClass = applicationClass;
        this.builder = builder;
        this.foreignAutoConfiguration = foreignAutoConfiguration;
    }

    /** The service's own builder (its config name), logging as its own application rather than as this launcher. */
    SpringApplicationBuilder builder() {
        return builder.get().main(applicationClass);
    }

    /** Command-line arguments, because they win over the service's yml where builder defaults would lose. */
    List<String> arguments(SharedInfrastructure shared) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.address=127.0.0.1",
                "--server.port=0", // any free one, unless the launcher is given one chosen beforehand (ServicePorts)
                "--spring.kafka.bootstrap-servers=" + shared.kafkaBootstrapServers(),
                "--lifeline.kafka.bootstrap-servers=" + shared.kafkaBootstrapServers(),
                AutoConfigurationExclusions.argument(EDGE_ONLY, NEVER_MATCHING, foreignAutoConfiguration)));
        shared.jwtSecret().ifPresent(secret -> arguments.add("--lifeline.security.jwt-secret=" + secret));
        addArguments(arguments, shared);
        return arguments;
    }

    void addArguments(List<String> arguments, SharedInfrastructure shared) {
    }
}
