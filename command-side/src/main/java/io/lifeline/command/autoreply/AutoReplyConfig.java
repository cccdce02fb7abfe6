package io.lifeline.command.autoreply;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automated replies' process manager starts at the head of the store when it first runs (no
 * reply to conversations from before it existed), and retries a batch whose command failed for a
 * reason other than a refusal: the conversation writes each rule's reply once. The rules' look-up
 * table is written in the transaction of each change.
 */
@Configuration
class AutoReplyConfig {
    @Bean
    ConfigurerModule automatedReplyingProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(AutomatedReplying.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(AutomatedReplying.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler("auto-reply-rules", c -> PropagatingErrorHandler.instance());
    }
}
