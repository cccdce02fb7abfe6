package io.lifeline.bridge.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboxTest {
    private final HeldTransport client = new HeldTransport();
    private final Outbox outbox = new Outbox(2, client);

    @Test
    void refusesAFrameOnlyWhenItsQueueIsFull() {
        assertThat(outbox.offer("a")).isTrue(); // straight into a write
        assertThat(outbox.offer("b")).isTrue();
        assertThat(outbox.offer("c")).isTrue();

        assertThat(outbox.offer("d")).isFalse();
        client.finishWrite();
        assertThat(outbox.offer("d")).isTrue();
    }

    @Test
    void isIdleOnlyWithNothingQueuedAndNothingBeingWritten() {
        // Heartbeats ping idle connections only: a ping must not jump ahead of queued frames.
        assertThat(outbox.idle()).isTrue();
        outbox.offer("a");
        assertThat(outbox.idle()).as("a write in flight").isFalse();
        outbox.offer("b");
        client.finishWrite();
        assertThat(outbox.idle()).as("a frame in flight").isFalse();
        client.finishWrite();
        assertThat(outbox.idle()).isTrue();
        assertThat(outbox.writingForNanos()).isZero();
    }
}
