package io.lifeline.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import java.lang.reflect.Field;
import java.time.Duration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The running process managers wait {@code lifeline.event-processing.idle-wait} for events
 * ({@code IdleProcessorWait}), not Axon's one second; the Kafka publisher keeps its own, shorter one.
 */
class ProcessManagersWaitIdleIT extends CommandSideIntegrationTest {
    @Autowired
    org.axonframework.config.Configuration axon;

    @Value("${lifeline.event-processing.idle-wait}")
    Duration idleWait;

    @Test
    void theProcessManagersWaitTheConfiguredIdleWait() throws Exception {
        assertThat(idleWait.toMillis()).as("a setting that differs from Axon's default, or this test could not tell")
                .isNotEqualTo(TrackingEventProcessorConfiguration.forSingleThreadedProcessing().getEventAvailabilityTimeout());
        for (String processManager : new String[] {"auto-assignment", "automated-replies"}) {
            assertThat(waitOf(processor(processManager))).as(processManager).isEqualTo(idleWait.toMillis());
        }
        assertThat(waitOf(processor("kafka-publisher"))).isLessThan(idleWait.toMillis());
    }

    private TrackingEventProcessor processor(String name) {
        return axon.eventProcessingConfiguration().eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    }

    /** Axon has no getter for what the processor was built with, so the test reads its field. */
    private static long waitOf(TrackingEventProcessor processor) throws ReflectiveOperationException {
        Field wait = TrackingEventProcessor.class.getDeclaredField("eventAvailabilityTimeout");
        wait.setAccessible(true);
        return ((Number) wait.get(processor)).longValue();
    }
}
