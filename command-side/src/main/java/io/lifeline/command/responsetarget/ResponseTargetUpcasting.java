package io.lifeline.command.responsetarget;

import io.lifeline.contracts.responsetarget.ResponseTargetSet1To2Upcaster;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Targets set before business hours existed read as targets counted in calendar time (Axon adds every upcaster bean to its chain). */
@Configuration(proxyBeanMethods = false)
class ResponseTargetUpcasting {
    @Bean
    EventUpcaster responseTargetSet1To2Upcaster() {
        return new ResponseTargetSet1To2Upcaster();
    }
}
