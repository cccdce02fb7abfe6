package io.lifeline.standalone.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.client.ClientListener;
import io.lifeline.client.LifelineClient;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.stream.EventEnvelope;
import io.lifeline.standalone.StandaloneForTests;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The instance running the Kafka publisher dies: its claim on the publisher's token stays behind,
 * fresh, with no live instance to extend it. Once it lapses (lifeline.event-processing.claim-timeout)
 * a live instance takes the publisher over, and every event stored meanwhile reaches the client once,
 * in order. The stall is printed, not asserted: docs/benchmarks.md records it.
 */
class PublisherFailoverIT {
    private static final int MESSAGES_AFTER = 20;

    @Test
    void liveDeliveryResumesWithNothingLostOnceADeadPublishersClaimLapses() throws Exception {
        StandaloneForTests lifeline = StandaloneForTests.shared();
        var tokens = new JdbcTemplate(lifeline.commandSide().context().getBean(DataSource.class));
        var device = lifeline.newDevice();
        ConversationId conversation = ConversationId.parse(lifeline.startConversation(device.token(), "Failover"));
        List<EventEnvelope> events = new CopyOnWriteArrayList<>();
        Map<Long, Long> arrivedAt = new ConcurrentHashMap<>();
        ClientListener recorder = new ClientListener() {
            @Override
            public void onEvent(EventEnvelope event) {
                events.add(event);
                arrivedAt.putIfAbsent(event.sequence(), System.nanoTime());
            }
        };
        try (var client = LifelineClient.builder().uri(lifeline.ws()).token(device::token).listener(recorder).build()) {
            client.connect().get(30, TimeUnit.SECONDS);
            client.subscribe(conversation);
            long before = client.send(conversation, "before").get(30, TimeUnit.SECONDS).sequence();
            await(() -> arrivedAt.containsKey(before));

            int claimed = tokens.update("UPDATE event_store.tokenentry SET owner = 'crashed-instance', timestamp = ?"
                    + " WHERE processorname = 'kafka-publisher'", DateTimeUtils.formatInstant(Instant.now()));
            long crashedAt = System.nanoTime();
            assertThat(claimed).as("the publisher's token rows").isPositive();
            List<CompletableFuture<AckFrame>> acks = new ArrayList<>();
            for (int n = 0; n < MESSAGES_AFTER; n++) {
                acks.add(client.send(conversation, "after " + n));
                Thread.sleep(50);
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
            long last = acks.get(MESSAGES_AFTER - 1).join().sequence();
            await(() -> arrivedAt.containsKey(last));

            assertThat(events).extracting(EventEnvelope::sequence)
                    .containsExactlyElementsOf(LongStream.rangeClosed(0, last).boxed().toList());
            assertThat(tokens.queryForList("SELECT owner FROM event_store.tokenentry WHERE processorname = 'kafka-publisher'",
                    String.class)).doesNotContain("crashed-instance");
            long firstAfter = acks.get(0).join().sequence();
            System.out.printf("publisher failover: the first event stored after the publisher died reached the client"
                    + " %d ms after it died%n", TimeUnit.NANOSECONDS.toMillis(arrivedAt.get(firstAfter) - crashedAt));
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within a minute");
            }
            Thread.sleep(20);
        }
    }
}
