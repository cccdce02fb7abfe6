package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.timing.ForwardedFrameTiming;
import io.lifeline.contracts.timing.SendHops;
import io.lifeline.standalone.StandaloneForTests;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.Test;

/**
 * While a flight recording runs, a stored send leaves where its time went: the bridge's hops (one
 * clock in the standalone, so none is negative, and the whole wait they add up to lies within the wait the client saw) and the
 * command side's handling of the forwarded frame. The benchmarks' {@code hops} report reads these.
 */
class SendHopsRecordedIT {
    @Test
    void aStoredSendRecordsItsHopsOnTheBridgeAndItsHandlingOnTheCommandSide() throws Exception {
        var lifeline = StandaloneForTests.shared();
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Hops");
        var recorded = new LinkedBlockingQueue<RecordedEvent>();
        try (var recording = new RecordingStream(); var phone = TestSocket.connect(lifeline.ws(), device.token())) {
            recording.enable(SendHops.NAME);
            recording.enable(ForwardedFrameTiming.NAME).withThreshold(Duration.ZERO);
            recording.onEvent(event -> {
                if (event.hasField("conversation") && id.equals(event.getString("conversation"))) {
                    recorded.add(event);
                }
            });
            recording.startAsync();
            long beforeSend = System.currentTimeMillis();
            phone.send(Map.of("type", "send", "clientId", "h-1", "conversationId", id,
                    "content", Map.of("kind", "TEXT", "body", "timed")));
            phone.await(frame -> frame.path("type").asString().equals("ack"));
            long acknowledged = System.currentTimeMillis();
            Map<String, RecordedEvent> byName = new HashMap<>();
            while (byName.size() < 2) { // the stream hands events over about once a second
                RecordedEvent event = recorded.poll(30, TimeUnit.SECONDS);
                assertThat(event).as("both events of the send, within 30 s").isNotNull();
                assertThat(byName.put(event.getEventType().getName(), event)).as("one event of each").isNull();
            }

            RecordedEvent hops = byName.get(SendHops.NAME);
            long stored = hops.getLong(SendHops.TO_STORED);
            long published = hops.getLong(SendHops.TO_PUBLISHED);
            long arrived = hops.getLong(SendHops.TO_ARRIVED);
            assertThat(hops.getLong("sequence")).isEqualTo(2);
            assertThat(List.of(stored, published, arrived)).allSatisfy(hop -> assertThat(hop).isNotNegative());
            assertThat(hops.getLong(SendHops.TOTAL)).as("within the wait this test saw, on the same clock")
                    .isBetween(stored + published + arrived, acknowledged - beforeSend);
            assertThat(byName.get(ForwardedFrameTiming.NAME).getLong(ForwardedFrameTiming.WAITED)).isNotNegative();
        }
    }
}
