package io.lifeline.standalone.services;

import java.net.URI;
import org.springframework.context.ConfigurableApplicationContext;

/** A started service context and the loopback port its web server took. */
public record RunningService(Service service, ConfigurableApplicationContext context, int port) implements AutoCloseable {

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        context.close();
    }
}
