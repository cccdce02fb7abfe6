package io.lifeline.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts the query-side service on its own; the standalone module starts it beside the others. */
@SpringBootApplication
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
