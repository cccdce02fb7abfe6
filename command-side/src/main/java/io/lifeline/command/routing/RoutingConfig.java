package io.lifeline.command.routing;

import io.lifeline.command.conversation.AnswerDeadline;
import io.lifeline.command.config.ProcessManagerEvents;
import io.lifeline.support.storedevents.IdleProcessorWait;
import io.lifeline.support.storedevents.PacedEventSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The desk's snapshots and the auto-assignment processor: where it starts, how it splits work, what a failure does. */
@Configuration
@EnableConfigurationProperties({RoutingSettings.class, AnswerDeadline.class})
class RoutingConfig {

    /** The desk snapshots every N events, so a seat decision reads at most N events after the snapshot. */
    @Bean
    SnapshotTriggerDefinition deskSnapshotTrigger(Snapshotter snapshotter, RoutingSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotThreshold());
    }

    /**
     * The process manager starts at the head of the store when it first runs (conversations started
     * before routing existed are left to people), reads it paced (events arriving together share a
     * batch), sees one conversation's events in order, and retries
     * a batch whose command failed for a reason other than a refusal: its commands are idempotent.
     */
    @Bean
    ConfigurerModule autoAssignmentProcessor(RoutingSettings settings, ProcessManagerEvents processManagerEvents,
                                             @Value("${lifeline.event-processing.idle-wait}") Duration idleWait) {
        int idleWaitMillis = IdleProcessorWait.millis(idleWait);
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(AutoAssignment.PROCESSING_GROUP, processManagerEvents::of,
                        c -> TrackingEventProcessorConfiguration.forParallelProcessing(settings.processorThreads())
                                .andBatchSize(PacedEventSource.BATCH_SIZE)
                                .andInitialSegmentsCount(settings.processorSegments())
                                .andEventAvailabilityTimeout(idleWaitMillis, TimeUnit.MILLISECONDS)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerSequencingPolicy(AutoAssignment.PROCESSING_GROUP, c -> new ConversationSequencing())
                .registerListenerInvocationErrorHandler(AutoAssignment.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
