package io.lifeline.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.query.QuerySideIntegrationTest;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Every running projection waits {@code lifeline.event-processing.idle-wait} for events ({@code IdleProcessorWait}), not Axon's one second. */
class ProjectionsWaitIdleIT extends QuerySideIntegrationTest {
    @Autowired
    org.axonframework.config.Configuration axon;

    @Value("${lifeline.event-processing.idle-wait}")
    Duration idleWait;

    @Test
    void everyProjectionWaitsTheConfiguredIdleWait() throws Exception {
        assertThat(idleWait.toMillis()).as("a setting that differs from Axon's default, or this test could not tell")
                .isNotEqualTo(TrackingEventProcessorConfiguration.forSingleThreadedProcessing().getEventAvailabilityTimeout());
        List<TrackingEventProcessor> projections = axon.eventProcessingConfiguration()
                .eventProcessors().values().stream()
                .map(TrackingEventProcessor.class::cast)
                .toList();
        assertThat(projections).hasSizeGreaterThan(10);
        for (TrackingEventProcessor projection : projections) {
            assertThat(waitOf(projection)).as(projection.getName()).isEqualTo(idleWait.toMillis());
        }
    }

    /** Axon has no getter for what the processor was built with, so the test reads its field. */
    private static long waitOf(TrackingEventProcessor processor) throws ReflectiveOperationException {
        Field wait = TrackingEventProcessor.class.getDeclaredField("eventAvailabilityTimeout");
        wait.setAccessible(true);
        return ((Number) wait.get(processor)).longValue();
    }
}
