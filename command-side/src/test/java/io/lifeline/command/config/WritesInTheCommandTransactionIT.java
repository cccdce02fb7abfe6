package io.lifeline.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The processing groups that write in the command's transaction (look-ups, session revocations)
 * share one subscribing processor, and each still rolls the command back when its write fails.
 */
class WritesInTheCommandTransactionIT extends CommandSideIntegrationTest {
    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void oneSubscribingProcessorCarriesEveryGroupWrittenInTheCommandTransaction() {
        var processing = axon.eventProcessingConfiguration();

        assertThat(processing.eventProcessors().values()).filteredOn(SubscribingEventProcessor.class::isInstance)
                .extracting(EventProcessor::getName).containsExactly(AxonConfig.IN_COMMAND_TRANSACTION);
        for (String group : AxonConfig.IN_COMMAND_TRANSACTION_GROUPS) {
            assertThat(processing.eventProcessorByProcessingGroup(group)).as(group).get()
                    .extracting(EventProcessor::getName).isEqualTo(AxonConfig.IN_COMMAND_TRANSACTION);
            assertThat(processing.listenerInvocationErrorHandler(group)).as(group).isSameAs(PropagatingErrorHandler.instance());
        }
    }
}
