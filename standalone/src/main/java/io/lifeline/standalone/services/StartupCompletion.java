package io.lifeline.standalone.services;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * What the services still do in the background once their contexts have started: streaming
 * processors claim their segments and Kafka listeners join their groups on threads of their own,
 * and each says so in the log. The standalone process waits for them before it prints its banner,
 * so that the banner is the last thing on the console and the system is ready when it says so.
 */
public final class StartupCompletion {
    private static final System.Logger LOG = System.getLogger(StartupCompletion.class.getName());
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Map<String, Integer> TOPIC_PARTITIONS = new ConcurrentHashMap<>();

    private StartupCompletion() {
    }

    /**
     * Waits until nothing is {@link #pending}, at most {@code timeout}; a start that takes longer (a
     * claim a crashed predecessor still holds runs out after Axon's claim timeout) is logged, not
     * failed, since the services work meanwhile.
     */
    public static void await(Collection<RunningService> services, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> pending = pending(services);
        int settledPolls = pending.isEmpty() ? 1 : 0;
        // Twice in a row: a listener's partitions show before the consumer has logged them.
        while (settledPolls < 2 && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            pending = pending(services);
            settledPolls = pending.isEmpty() ? settledPolls + 1 : 0;
        }
        if (!pending.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Still starting after {0} s: {1}", timeout.toSeconds(), pending);
        }
    }

    /** What has not finished starting yet, one line each; empty once everything runs. */
    public static List<String> pending(Collection<RunningService> services) {
        List<String> pending = new ArrayList<>();
        for (RunningService service : services) {
            ConfigurableApplicationContext context = service.context();
            if (!context.isActive()) {
                continue;
            }
            EventProcessingConfiguration processing = context.getBeanProvider(EventProcessingConfiguration.class)
                    .getIfAvailable();
            if (processing != null) {
                processing.eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                        .filter(processor -> processor.isRunning() && !claimedEverySegment(processor))
                        .forEach(processor -> pending.add(service.service() + ": processor " + processor.getName()
                                + " has not claimed all its segments"));
            }
            KafkaListenerEndpointRegistry listeners = context.getBeanProvider(KafkaListenerEndpointRegistry.class)
                    .getIfAvailable();
            if (listeners != null) {
                listeners.getListenerContainers().stream()
                        .filter(container -> container.isRunning() && !assigned(context, container))
                        .forEach(container -> pending.add(service.service() + ": Kafka listener "
                                + container.getListenerId() + " has no partitions yet"));
            }
        }
        return pending;
    }

    /** One instance here, so its segments together cover the whole stream: a segment of mask m is 1/(m+1) of it. */
    private static boolean claimedEverySegment(StreamingEventProcessor processor) {
        double claimed = 0;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            claimed += 1.0 / (status.getSegment().getMask() + 1);
        }
        return claimed > 0.999;
    }

    /**
     * A listener with several consumers in one group is settled only once its consumers hold every
     * partition of its topics, spread over as many of them as can hold one: each consumer that joins
     * later moves partitions again (and says so in the log).
     */
    private static boolean assigned(ConfigurableApplicationContext context, MessageListenerContainer container) {
        if (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent) {
            int partitions = partitionsOf(context, container);
            List<? extends MessageListenerContainer> consumers = concurrent.getContainers();
            long holding = consumers.stream().filter(StartupCompletion::holdsPartitions).count();
            long held = consumers.stream().map(MessageListenerContainer::getAssignedPartitions)
                    .filter(java.util.Objects::nonNull).mapToLong(Collection::size).sum();
            return partitions > 0 ? held == partitions && holding == Math.min(consumers.size(), partitions) : holding > 0;
        }
        return holdsPartitions(container);
    }

    /** The partitions of the listener's topics, asked until the broker answers, then remembered; 0 meanwhile. */
    private static int partitionsOf(ConfigurableApplicationContext context, MessageListenerContainer container) {
        String[] topics = container.getContainerProperties().getTopics();
        KafkaAdmin admin = context.getBeanProvider(KafkaAdmin.class).getIfAvailable();
        if (topics == null || topics.length == 0 || admin == null) {
            return 0;
        }
        String key = context.getId() + "/" + container.getListenerId();
        Integer known = TOPIC_PARTITIONS.get(key);
        if (known != null) {
            return known;
        }
        try {
            int partitions = admin.describeTopics(topics).values().stream().mapToInt(topic -> topic.partitions().size()).sum();
            TOPIC_PARTITIONS.put(key, partitions);
            return partitions;
        } catch (RuntimeException notYet) {
            return 0; // asked again on the next poll, not remembered
        }
    }

    private static boolean holdsPartitions(MessageListenerContainer container) {
        Collection<?> partitions = container.getAssignedPartitions();
        return partitions != null && !partitions.isEmpty();
    }
}
