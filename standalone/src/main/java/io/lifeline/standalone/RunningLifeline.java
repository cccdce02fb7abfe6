package io.lifeline.standalone;

import io.lifeline.standalone.data.DataDirectory;
import io.lifeline.standalone.edge.RunningEdge;
import io.lifeline.standalone.kafka.EmbeddedKafka;
import io.lifeline.standalone.postgres.EmbeddedDatabase;
import io.lifeline.standalone.secrets.StandaloneSecrets;
import io.lifeline.standalone.services.BridgeStarter;
import io.lifeline.standalone.services.RunningService;
import io.lifeline.standalone.services.Service;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/** Everything one standalone start brought up; closing it stops all of it in reverse order. */
record RunningLifeline(DataDirectory data, StandaloneSecrets secrets, EmbeddedDatabase database, EmbeddedKafka kafka,
                       List<RunningService> services, RunningEdge edge, BridgeStarter bridges,
                       ShutdownSequence shutdown)
        implements AutoCloseable {

    int edgePort() {
        return edge.port();
    }

    ConfigurableApplicationContext context(Service service) {
        return services.stream().filter(running -> running.service() == service).findFirst().orElseThrow().context();
    }

    @Override
    public void close() {
        shutdown.close();
    }
}
