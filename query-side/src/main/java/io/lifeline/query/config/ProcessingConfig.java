package io.lifeline.query.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails on an event must not skip it (Axon's default only logs): the failure
 * goes to the processor, which shows ERROR in the processor list and retries with back-off until
 * the cause is fixed, so no read model silently loses an event.
 */
@Configuration
class ProcessingConfig {

    @Bean
    ConfigurerModule projectionsNeverSkipEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
