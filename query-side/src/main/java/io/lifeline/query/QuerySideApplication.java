package io.lifeline.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration;

/** Starts the query-side service on its own; the standalone module starts it beside the others. */
// Logback's event counters are never exposed, yet their filter would stand in front of every log-level
// check of every library (several per message).
@SpringBootApplication(exclude = LogbackMetricsAutoConfiguration.class)
public class QuerySideApplication {
    /** Each service reads {@code query-side.yml}, so several can share one classpath and one JVM. */
    public static final String CONFIG_NAME = "query-side";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QuerySideApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
