package io.lifeline.command.autoreply;

import io.lifeline.command.config.ProcessManagerEvents;
import io.lifeline.support.storedevents.IdleProcessorWait;
import io.lifeline.support.storedevents.PacedEventSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automated replies' process manager starts at the head of the store when it first runs (no
 * reply to conversations from before it existed), reads it paced (a reply may come a fraction of a
 * second later; events arriving together share a batch), and retries a batch whose command failed for a
 * reason other than a refusal: the conversation writes each rule's reply once. The rules' look-up
 * table is written in the transaction of each change.
 */
@Configuration
class AutoReplyConfig {
    @Bean
    ConfigurerModule automatedReplyingProcessor(ProcessManagerEvents processManagerEvents,
                                               @Value("${lifeline.event-processing.idle-wait}") Duration idleWait) {
        int idleWaitMillis = IdleProcessorWait.millis(idleWait);
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(AutomatedReplying.PROCESSING_GROUP, processManagerEvents::of,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(PacedEventSource.BATCH_SIZE)
                                .andEventAvailabilityTimeout(idleWaitMillis, TimeUnit.MILLISECONDS)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(AutomatedReplying.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
