package io.lifeline.bridge.commands;

import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * Tells when this bridge reads the command side's answers. Its reply consumer starts at the end of
 * the reply topic; an answer written before that end is fixed would be skipped, and the command that
 * waits for it would time out. So the end is fixed as soon as the partitions are assigned, and the
 * bridge takes connections only after that.
 */
@Component
public class CommandReplies implements ConsumerAwareRebalanceListener {
    private volatile boolean ready;

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(consumer::position); // resolves "latest" now rather than at the next fetch
        if (!partitions.isEmpty()) {
            ready = true;
        }
    }

    /** Whether an answer to a command forwarded from now on reaches this bridge. */
    public boolean ready() {
        return ready;
    }
}
