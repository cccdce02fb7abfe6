package io.lifeline.support.processing;

import org.axonframework.config.EventProcessingModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's event processing module in place of the one Axon's Spring Boot configuration would
 * create (it steps back when a module exists): the same module, its processors' handler invokers
 * remembering their answers to checks that do not change (HandlerChecksRemembered).
 */
@Configuration(proxyBeanMethods = false)
public class RememberedHandlerChecks {
    @Bean
    EventProcessingModule eventProcessingModule() {
        return new HandlerChecksRememberingModule();
    }
}
