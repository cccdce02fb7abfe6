package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.client.ClientListener;
import io.lifeline.client.LifelineClient;
import io.lifeline.client.ReconnectPolicy;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.stream.EventEnvelope;
import io.lifeline.contracts.stream.Topics;
import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.standalone.services.RunningService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * A command-side instance that owns a conversation's partition of the command topic stops while a
 * client writes to that conversation: the other instance takes the partition over, frames the
 * stopped one took but did not commit run again there, and every send ends acknowledged and stored
 * exactly once, in one order that every acknowledgement agrees with.
 */
class CommandSideStoppedIT {
    private static final int MESSAGES = 200;
    private static final int PARTITIONS = 6;

    @Test
    void everyAcknowledgedSendIsStoredOnceWhenTheInstanceOwningItsConversationStops() throws Exception {
        StandaloneForTests lifeline = StandaloneForTests.shared();
        RunningService second = lifeline.startAnotherCommandSide();
        try {
            Set<Integer> owned = awaitPartitions(second);
            var device = lifeline.newDevice();
            String id = conversationOnOneOf(owned);
            lifeline.call("POST", "/api/conversations", device.token(), Map.of("conversationId", id, "channel", "MOBILE",
                    "subject", "Failover", "startNew", true));
            ConversationId conversation = ConversationId.parse(id);
            List<EventEnvelope> events = new CopyOnWriteArrayList<>();
            ClientListener recorder = new ClientListener() {
                @Override
                public void onEvent(EventEnvelope event) {
                    events.add(event);
                }
            };
            try (var client = LifelineClient.builder().uri(lifeline.ws()).token(device::token).listener(recorder)
                    .reconnect(new ReconnectPolicy(Duration.ofMillis(20), Duration.ofMillis(500), 2.0, 0.5)).build()) {
                client.connect().get(30, TimeUnit.SECONDS);
                client.subscribe(conversation);
                List<CompletableFuture<AckFrame>> acks = new ArrayList<>();
                for (int n = 0; n < MESSAGES; n++) {
                    acks.add(client.send(conversation, "message " + n));
                    if (n == MESSAGES / 4) {
                        acks.get(n).get(30, TimeUnit.SECONDS);
                        assertThat(partitionsOf(second)).as("the instance about to stop owns the conversation")
                                .contains(partitionOf(id));
                        second.close(); // mid-stream: frames it holds are taken over by the first instance
                    }
                    Thread.sleep(5);
                }
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

                List<Long> sequences = acks.stream().map(ack -> ack.join().sequence()).toList();
                assertThat(sequences).doesNotHaveDuplicates().allMatch(sequence -> sequence >= 1 && sequence <= MESSAGES);
                await(() -> events.size() >= MESSAGES + 1);
                assertThat(events).extracting(EventEnvelope::sequence).containsExactlyElementsOf(range(MESSAGES + 1));
                assertThat(events.stream().filter(event -> event.type().equals("MessageSent")).count()).isEqualTo(MESSAGES);
                assertThat(acks.stream().map(ack -> ack.join().messageId()).distinct().count()).isEqualTo(MESSAGES);
            }
        } finally {
            second.close();
        }
    }

    /** The command topic's partitions the second instance took, once the group settled on it. */
    private static Set<Integer> awaitPartitions(RunningService commandSide) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            Set<Integer> owned = partitionsOf(commandSide);
            if (!owned.isEmpty()) {
                return owned;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the second command side was given no partition of " + Topics.COMMANDS);
    }

    private static Set<Integer> partitionsOf(RunningService commandSide) {
        Collection<TopicPartition> assigned = commandSide.context().getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("forwarded-frames").getAssignedPartitions();
        return assigned == null ? Set.of() : assigned.stream().filter(partition -> partition.topic().equals(Topics.COMMANDS))
                .map(TopicPartition::partition).collect(Collectors.toSet());
    }

    /** Where Kafka's keyed partitioning puts a conversation's frames. */
    private static int partitionOf(String conversationId) {
        return Utils.toPositive(Utils.murmur2(conversationId.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    /** A conversation id that Kafka's keyed partitioning puts on one of these partitions. */
    private static String conversationOnOneOf(Set<Integer> partitions) {
        while (true) {
            String id = UUID.randomUUID().toString();
            if (partitions.contains(partitionOf(id))) {
                return id;
            }
        }
    }

    private static List<Long> range(long count) {
        List<Long> all = new ArrayList<>();
        for (long sequence = 0; sequence < count; sequence++) {
            all.add(sequence);
        }
        return all;
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within a minute");
            }
            Thread.sleep(50);
        }
    }
}
