package io.lifeline.support.processing;

import org.axonframework.config.EventProcessingConfigurer.PooledStreamingProcessorConfiguration;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.SubscribableMessageSource;

/**
 * Axon's event processing module, building every kind of processor through Axon's own builders, each
 * given its handler invokers with their fixed answers remembered ({@link HandlerChecksRemembered}).
 */
class HandlerChecksRememberingModule extends EventProcessingModule {
    @Override
    protected EventProcessor subscribingEventProcessor(String name, EventHandlerInvoker eventHandlerInvoker,
                                                       SubscribableMessageSource<? extends EventMessage<?>> messageSource) {
        return super.subscribingEventProcessor(name, HandlerChecksRemembered.around(eventHandlerInvoker), messageSource);
    }

    @Override
    protected EventProcessor trackingEventProcessor(String name, EventHandlerInvoker eventHandlerInvoker,
                                                    TrackingEventProcessorConfiguration config,
                                                    StreamableMessageSource<TrackedEventMessage<?>> source) {
        return super.trackingEventProcessor(name, HandlerChecksRemembered.around(eventHandlerInvoker), config, source);
    }

    @Override
    protected EventProcessor pooledStreamingEventProcessor(String name, EventHandlerInvoker eventHandlerInvoker,
                                                           org.axonframework.config.Configuration config,
                                                           StreamableMessageSource<TrackedEventMessage<?>> messageSource,
                                                           PooledStreamingProcessorConfiguration processorConfiguration) {
        return super.pooledStreamingEventProcessor(name, HandlerChecksRemembered.around(eventHandlerInvoker), config,
                messageSource, processorConfiguration);
    }
}
