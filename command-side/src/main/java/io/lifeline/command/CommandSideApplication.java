package io.lifeline.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts the command-side service on its own; the standalone module starts it beside the others. */
// Logback's event counters are never exposed, and their filter sits in front of every log-level check of
// every library (Kafka's and Axon's per message): a few percent of the send path's CPU.
@SpringBootApplication(exclude = LogbackMetricsAutoConfiguration.class)
public class CommandSideApplication {
    /** Each service reads {@code command-side.yml}, so several can share one classpath and one JVM. */
    public static final String CONFIG_NAME = "command-side";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CommandSideApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
