package io.lifeline.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.support.storedevents.PacedEventSource;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The process managers read the store paced, in batches; the Kafka publisher, on the live path, does not. */
class ProcessManagersReadPacedIT extends CommandSideIntegrationTest {
    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void theProcessManagersArePacedAndThePublisherIsNot() {
        for (String processManager : new String[] {"auto-assignment", "automated-replies"}) {
            assertThat(processor(processManager).getMessageSource()).as(processManager).isInstanceOf(PacedEventSource.class);
        }
        assertThat(processor("kafka-publisher").getMessageSource()).isNotInstanceOf(PacedEventSource.class);
    }

    private TrackingEventProcessor processor(String name) {
        return axon.eventProcessingConfiguration().eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    }
}
