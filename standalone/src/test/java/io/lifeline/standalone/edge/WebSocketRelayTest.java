package io.lifeline.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the edge's first handler does with a connection's first bytes before any bridge is involved, every buffer released. */
class WebSocketRelayTest {
    static LeakWatch leakWatch;
    private final RelayBytes bytes = new RelayBytes();

    @BeforeAll
    static void watchLeaks() {
        leakWatch = new LeakWatch();
    }

    @AfterAll
    static void nothingLeaked() throws InterruptedException {
        assertThat(leakWatch.leaks()).isEmpty();
    }

    @Test
    void anyOtherRequestPassesOnUnchangedAndTheHandlerStepsAside() {
        EmbeddedChannel channel = connection();
        String request = "GET /api/conversations HTTP/1.1\r\nHost: x\r\n\r\n";

        channel.writeInbound(bytes.of(request.substring(0, 3)), bytes.of(request.substring(3)));

        assertThat(channel.pipeline().get(WebSocketRelay.NAME)).as("stepped aside").isNull();
        assertThat(RelayBytes.passedOn(channel)).isEqualTo(request);
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void aPlainGetOfWsWaitsForItsWholeHeadThenStepsAside() {
        EmbeddedChannel channel = connection();
        String request = "GET /ws HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n";

        channel.writeInbound(bytes.of("GET /w"));
        channel.writeInbound(bytes.of("s HTTP/1.1\r\nHost: x\r\n"));
        assertThat((Object) channel.readInbound()).as("nothing passed on while the head is incomplete").isNull();
        assertThat(channel.pipeline().get(WebSocketRelay.NAME)).isNotNull();
        channel.writeInbound(bytes.of("Accept: */*\r\n\r\n"));

        assertThat(channel.pipeline().get(WebSocketRelay.NAME)).isNull();
        assertThat(RelayBytes.passedOn(channel)).isEqualTo(request);
        channel.finishAndReleaseAll();
    }

    @Test
    void anUpgradeOfWsEventsIsTheGatewaysToo() {
        EmbeddedChannel channel = connection();
        String request = RawWebSocket.upgrade("/ws/events");

        channel.writeInbound(bytes.of(request));

        assertThat(RelayBytes.passedOn(channel)).isEqualTo(request);
        channel.finishAndReleaseAll();
    }

    @Test
    void aWsHeadThatDoesNotEndWithinTheLimitIsAnswered431AndClosed() {
        EmbeddedChannel channel = connection();
        channel.writeInbound(bytes.of("GET /ws HTTP/1.1\r\nX-Padding: "));
        for (int i = 0; i < 20 && channel.isActive(); i++) {
            channel.writeInbound(bytes.of("a".repeat(1024)));
        }

        assertThat(channel.isActive()).isFalse();
        ByteBuf answer = channel.readOutbound();
        assertThat(answer.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n")
                .contains("Content-Type: application/problem+json\r\n").contains("\"code\":\"headers-too-large\"");
        answer.release();
        assertThat((Object) channel.readInbound()).isNull();
        bytes.allReleased();
    }

    @Test
    void aConnectionThatEndsInTheMiddleOfAHeadReleasesWhatItHeld() {
        EmbeddedChannel channel = connection();
        channel.writeInbound(bytes.of("GET /ws HTTP/1.1\r\nHost: x\r\n"));

        channel.close();

        bytes.allReleased();
    }

    private EmbeddedChannel connection() {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.pipeline().addFirst(WebSocketRelay.NAME, new WebSocketRelay(new InetSocketAddress("127.0.0.1", 9)));
        channel.pipeline().addLast(new ChannelInboundHandlerAdapter()); // where Reactor Netty's codec would be
        return channel;
    }
}
