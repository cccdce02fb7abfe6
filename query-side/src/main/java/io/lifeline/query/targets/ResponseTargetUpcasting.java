package io.lifeline.query.targets;

import io.lifeline.contracts.responsetarget.ResponseTargetSet1To2Upcaster;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail and the export read response-target changes of revision 1 as revision 2 (Axon adds every upcaster bean to its chain). */
@Configuration(proxyBeanMethods = false)
class ResponseTargetUpcasting {
    @Bean
    EventUpcaster responseTargetSet1To2Upcaster() {
        return new ResponseTargetSet1To2Upcaster();
    }
}
