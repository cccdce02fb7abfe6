package io.lifeline.query.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the projections process the event stream. A projection that fails on an event must not skip
 * it (Axon's default only logs): the failure goes to the processor, which shows ERROR in the
 * processor list and retries with back-off until the cause is fixed, so no read model silently
 * loses an event. Each processor applies up to {@code lifeline.projections.batch-size} events in one
 * transaction: one commit, and one token update, for a whole batch when events come fast or a
 * projection is rebuilt, and still one event at a time when they trickle in.
 */
@Configuration
class ProcessingConfig {

    @Bean
    ConfigurerModule projectionsNeverSkipEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    @Bean
    ConfigurerModule projectionsApplyEventsInBatches(@Value("${lifeline.projections.batch-size:100}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("lifeline.projections.batch-size must be at least 1");
        }
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
    }
}
