package io.lifeline.standalone.services;

import java.net.URI;
import org.springframework.context.ConfigurableApplicationContext;

/** A started service context and the loopback port its web server took. */
public record RunningService(Service service, ConfigurableApplicationContext context, int port) implements AutoCloseable {

    public URI uri() {
        return ServicePorts.loopback(port);
    }

    @Override
    public void close() {
        context.close();
    }
}
