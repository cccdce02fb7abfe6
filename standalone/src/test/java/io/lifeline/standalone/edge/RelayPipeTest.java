package io.lifeline.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The byte relay between a client and the bridge: back-pressure, ends, a refused upgrade, every buffer released. */
class RelayPipeTest {
    static LeakWatch leakWatch;
    private final EmbeddedChannel client = new EmbeddedChannel();
    private final EmbeddedChannel bridge = new EmbeddedChannel();
    private final RelayBytes bytes = new RelayBytes();

    @BeforeAll
    static void watchLeaks() {
        leakWatch = new LeakWatch();
    }

    @AfterAll
    static void nothingLeaked() throws InterruptedException {
        assertThat(leakWatch.leaks()).isEmpty();
    }

    RelayPipeTest() {
        RelayPipe[] pipes = RelayPipe.between(client, bridge);
        client.pipeline().addLast(pipes[0]);
        bridge.pipeline().addLast(pipes[1]);
    }

    @AfterEach
    void releaseEverything() {
        client.finishAndReleaseAll();
        bridge.finishAndReleaseAll();
        bytes.allReleased();
    }

    @Test
    void bytesPassUnchangedBothWays() {
        bridge.writeInbound(bytes.of("HTTP/1.1 101 Switching Protocols\r\n\r\n"), bytes.of("\u0081\u0002hi"));
        client.writeInbound(bytes.of("\u0081\u0082abcdef"));

        assertThat(RelayBytes.written(client)).isEqualTo("HTTP/1.1 101 Switching Protocols\r\n\r\n\u0081\u0002hi");
        assertThat(RelayBytes.written(bridge)).isEqualTo("\u0081\u0082abcdef");
    }

    @Test
    void aClientThatDoesNotReadStopsTheEdgeReadingTheBridgeUntilItDrains() {
        client.config().setWriteBufferWaterMark(new WriteBufferWaterMark(16, 32));
        bridge.writeInbound(bytes.of("HTTP/1.1 101 Switching Protocols\r\n\r\n"));
        RelayBytes.written(client);

        // Read from the bridge, not yet flushed to the client (as while the client's socket is full).
        bridge.pipeline().fireChannelRead(bytes.of("x".repeat(40)));

        assertThat(client.isWritable()).isFalse();
        assertThat(bridge.config().isAutoRead()).as("the bridge is no longer read").isFalse();
        assertThat(client.config().isAutoRead()).as("the other direction flows on").isTrue();

        client.flush();

        assertThat(client.isWritable()).isTrue();
        assertThat(bridge.config().isAutoRead()).as("read again once the client drained").isTrue();
        assertThat(RelayBytes.written(client)).isEqualTo("x".repeat(40));
    }

    @Test
    void aBridgeThatDoesNotReadStopsTheEdgeReadingTheClient() {
        bridge.config().setWriteBufferWaterMark(new WriteBufferWaterMark(16, 32));

        client.pipeline().fireChannelRead(bytes.of("y".repeat(40)));

        assertThat(client.config().isAutoRead()).isFalse();
        bridge.flush();
        assertThat(client.config().isAutoRead()).isTrue();
        assertThat(RelayBytes.written(bridge)).isEqualTo("y".repeat(40));
    }

    @Test
    void whenOneSideEndsTheOtherIsClosedAfterWhatWasWrittenToIt() {
        bridge.writeInbound(bytes.of("HTTP/1.1 101 Switching Protocols\r\n\r\n"));
        bridge.pipeline().fireChannelRead(bytes.of("last words"));

        bridge.close();

        assertThat(client.isActive()).isFalse();
        assertThat(RelayBytes.written(client)).endsWith("last words");
    }

    @Test
    void theClientsEndClosesTheBridge() {
        client.close();

        assertThat(bridge.isActive()).isFalse();
    }

    @Test
    void afterARefusedUpgradeTheClientCannotSendAnotherRequestToTheBridge() {
        bridge.writeInbound(bytes.of("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"));
        assertThat(RelayBytes.written(client)).startsWith("HTTP/1.1 401");

        client.writeInbound(bytes.of("GET /api/conversations HTTP/1.1\r\nHost: x\r\n\r\n"));

        assertThat(RelayBytes.written(bridge)).isEmpty();
        assertThat(client.isActive()).isFalse();
        assertThat(bridge.isActive()).isFalse();
    }

    @Test
    void theSwitchIsRecognisedWhenItsStatusLineArrivesInPieces() {
        bridge.writeInbound(bytes.of("HTTP/1.1 1"), bytes.of("01 Switching Protocols\r\n\r\n"));

        client.writeInbound(bytes.of("frame"));

        assertThat(RelayBytes.written(bridge)).isEqualTo("frame");
        assertThat(client.isActive()).isTrue();
    }
}
