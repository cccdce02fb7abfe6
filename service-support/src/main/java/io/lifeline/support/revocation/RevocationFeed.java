package io.lifeline.support.revocation;

import io.lifeline.contracts.stream.Revocation;
import io.lifeline.contracts.stream.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows {@code lifeline.revocations}. Every instance reads every partition itself (assigned, not
 * subscribed: no consumer group to join, so no rebalance delay and no instance ever misses one):
 * from the beginning of what the topic retains, which is every revocation still in force, then
 * live. It starts before the web server and waits (a few seconds at most) until it has read what
 * was there, so a restarted service never accepts a token revoked while it was down. Each
 * revocation is also handed to the service's {@link RevocationListener}s (a bridge closes the
 * connections it concerns).
 */
@Component
public class RevocationFeed implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RevocationFeed.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(10);
    private final ConsumerFactory<?, ?> consumers;
    private final RevokedTokens revoked;
    private final List<RevocationListener> listeners;
    private final JsonMapper json;
    private volatile boolean running;
    private Consumer<String, String> consumer;
    private Thread poller;
    private boolean assigned;

    public RevocationFeed(ConsumerFactory<?, ?> consumers, RevokedTokens revoked, List<RevocationListener> listeners,
                          JsonMapper json) {
        this.consumers = consumers;
        this.revoked = revoked;
        this.listeners = List.copyOf(listeners);
        this.json = json;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void start() {
        var overrides = new Properties();
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = (Consumer<String, String>) consumers.createConsumer(null, "revocations", null, overrides);
        running = true;
        try {
            catchUp(System.nanoTime() + STARTUP_WAIT.toNanos());
        } catch (RuntimeException notYet) {
            log.warn("Could not read the revocations in force yet; still trying: {}", notYet.toString());
        }
        poller = new Thread(this::follow, "revocation-feed");
        poller.setDaemon(true);
        poller.start();
    }

    private void catchUp(long deadline) {
        List<TopicPartition> partitions = assign(STARTUP_WAIT);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, STARTUP_WAIT);
        while (System.nanoTime() < deadline
                && partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            handle(consumer.poll(Duration.ofMillis(200)));
        }
    }

    private List<TopicPartition> assign(Duration wait) {
        var partitions = consumer.partitionsFor(Topics.REVOCATIONS, wait).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException(Topics.REVOCATIONS + " does not exist yet");
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        assigned = true;
        return partitions;
    }

    private void follow() {
        while (running) {
            try {
                if (!assigned) {
                    assign(Duration.ofSeconds(5));
                }
                handle(consumer.poll(Duration.ofSeconds(1)));
            } catch (WakeupException stopping) {
                // running is false: leave the loop
            } catch (RuntimeException failed) {
                log.warn("Reading revocations failed; retrying: {}", failed.toString());
                pause();
            }
        }
        consumer.close();
    }

    private void handle(ConsumerRecords<String, String> records) {
        records.forEach(record -> {
            try {
                Revocation revocation = json.readValue(record.value(), Revocation.class);
                revoked.add(revocation);
                listeners.forEach(listener -> listener.revoked(revocation));
            } catch (RuntimeException unreadable) {
                log.warn("Skipped a record that is not a revocation: {}", unreadable.getMessage());
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (poller != null) {
            try {
                poller.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server takes requests (and stops after it). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
