package io.lifeline.standalone.services;

import io.lifeline.standalone.config.LoggingSetUpInTurn;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one service the way its own {@code main} would, but as a guest in the standalone JVM. */
public final class ServiceLauncher {

    private ServiceLauncher() {
    }

    public static RunningService start(Service service, SharedInfrastructure shared) {
        return start(service, shared, List.of());
    }

    /** With arguments that only exist once other services run (their addresses), which win over the defaults. */
    public static RunningService start(Service service, SharedInfrastructure shared, List<String> extraArguments) {
        List<String> arguments = withOverrides(service.arguments(shared), extraArguments);
        ConfigurableApplicationContext context = service.builder()
                .bannerMode(Banner.Mode.OFF)
                // The standalone process closes every context from one hook, before Kafka and PostgreSQL.
                .registerShutdownHook(false)
                // Defaults only, so LOGGING_* variables still win. Logback's application name is one
                // global property: whichever context set it last would label every other's lines.
                .properties("logging.register-shutdown-hook=false", "logging.include-application-name=false")
                .listeners(LoggingSetUpInTurn.listeners())
                .run(arguments.toArray(String[]::new));
        Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        if (port == null) {
            context.close();
            throw new IllegalStateException(service + " started without a web server");
        }
        return new RunningService(service, context, port);
    }

    /**
     * The defaults less those an extra argument names, then the extras: each option once (such as
     * {@code --server.port}: {@code 0} by default, the chosen port when there is one). Spring joins a
     * repeated option's values, so an extra argument must replace its default rather than follow it.
     */
    static List<String> withOverrides(List<String> defaults, List<String> extraArguments) {
        List<String> overridden = extraArguments.stream().map(ServiceLauncher::key).toList();
        List<String> arguments = new ArrayList<>(defaults.stream().filter(argument -> !overridden.contains(key(argument))).toList());
        arguments.addAll(extraArguments);
        return arguments;
    }

    private static String key(String argument) {
        int equals = argument.indexOf('=');
        return equals < 0 ? argument : argument.substring(0, equals);
    }
}
