package io.lifeline.standalone.edge;

import org.springframework.context.ConfigurableApplicationContext;

/** The started edge and the port it listens on. */
public record RunningEdge(ConfigurableApplicationContext context, int port) implements AutoCloseable {
    @Override
    public void close() {
        context.close();
    }
}
