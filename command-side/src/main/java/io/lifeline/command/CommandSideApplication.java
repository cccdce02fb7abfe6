package io.lifeline.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts the command-side service on its own; the standalone module starts it beside the others. */
@SpringBootApplication
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
