package io.lifeline.standalone.services;

import org.springframework.boot.Banner;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one service the way its own {@code main} would, but as a guest in the standalone JVM. */
public final class ServiceLauncher {

    private ServiceLauncher() {
    }

    public static RunningService start(Service service, SharedInfrastructure shared) {
        ConfigurableApplicationContext context = service.builder()
                .bannerMode(Banner.Mode.OFF)
                // The standalone process closes every context from one hook, before Kafka and PostgreSQL.
                .registerShutdownHook(false)
                // Defaults only, so LOGGING_* variables still win. Logback's application name is one
                // global property: whichever context set it last would label every other's lines.
                .properties("logging.register-shutdown-hook=false", "logging.include-application-name=false")
                .run(service.arguments(shared).toArray(String[]::new));
        Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        if (port == null) {
            context.close();
            throw new IllegalStateException(service + " started without a web server");
        }
        return new RunningService(service, context, port);
    }
}
