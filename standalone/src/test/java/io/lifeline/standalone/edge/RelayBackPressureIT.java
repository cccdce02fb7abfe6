package io.lifeline.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The relay's back-pressure ({@link RelayPipe}) on real sockets: a client stops reading while the
 * bridge keeps writing. The edge stops reading from the bridge, so the bridge's writes stop being
 * taken, after no more than the sockets' kernel buffers and one write buffer water mark (memory stays
 * bounded); once the client reads again, everything the bridge wrote arrives, in order.
 *
 * <p>The stand-in bridge answers the upgrade with a {@code 101} and then writes bytes without
 * waiting: a socket write that is not taken for {@link #STALL} means nobody reads its side. With a
 * relay that kept reading, the edge would take all of {@link #TOTAL} into memory and the bridge would
 * never stall. Far less than that fits in the buffers on the way: the bridge's and the client's
 * set small; the edge's own two sockets can grow at most to the kernel's autotuning limits (the
 * maxima of {@code net.ipv4.tcp_rmem} and {@code tcp_wmem}: 32 and 4 MiB on the machines this ran
 * on), hence the generous {@link #AT_MOST}.
 */
class RelayBackPressureIT {
    private static final long TOTAL = 128L << 20;
    private static final long AT_MOST = 48L << 20;
    private static final long STALL = 1_000;
    private static final int SMALL_BUFFER = 32 << 10;

    @Test
    void aClientThatStopsReadingStopsTheEdgeReadingFromTheBridgeUntilItReadsAgain() throws Exception {
        try (var bridge = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            URI bridgeUri = URI.create("http://127.0.0.1:" + ((InetSocketAddress) bridge.getLocalAddress()).getPort());
            URI nobody = URI.create("http://127.0.0.1:" + StandaloneForTests.freePort());
            var written = new AtomicLong();
            var stalledAt = new CompletableFuture<Long>();
            var writer = new CompletableFuture<Void>();
            Thread bridgeWriter = new Thread(() -> {
                writeUntilDone(bridge, written, stalledAt);
                writer.complete(null);
            }, "stand-in-bridge");
            bridgeWriter.setDaemon(true);
            bridgeWriter.start();

            try (RunningEdge edge = Edge.start("127.0.0.1", StandaloneForTests.freePort(), nobody, nobody, bridgeUri);
                 Socket client = new Socket()) {
                client.setReceiveBufferSize(SMALL_BUFFER);
                client.setSoTimeout(60_000);
                client.connect(new InetSocketAddress("127.0.0.1", edge.port()));
                client.getOutputStream().write(RawWebSocket.upgrade("/ws").getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = client.getInputStream();
                assertThat(readHead(in)).startsWith("HTTP/1.1 101 ");

                long stalled = stalledAt.get(120, TimeUnit.SECONDS);
                assertThat(stalled).as("bytes the bridge could write while the client read nothing (-1: it never had to wait)")
                        .isPositive().isLessThan(AT_MOST);

                byte[] chunk = new byte[64 << 10];
                long received = 0;
                long mismatchAt = -1;
                for (int n; received < TOTAL && (n = in.read(chunk)) > 0; received += n) {
                    for (int i = 0; i < n && mismatchAt < 0; i++) {
                        if (chunk[i] != pattern(received + i)) {
                            mismatchAt = received + i;
                        }
                    }
                }
                writer.get(60, TimeUnit.SECONDS);
                assertThat(received).as("what reached the client once it read again").isEqualTo(TOTAL);
                assertThat(mismatchAt).as("the first byte out of order").isEqualTo(-1);
                assertThat(written.get()).isEqualTo(TOTAL);
            }
        }
    }

    /** The stand-in bridge: takes one upgrade, answers 101, then writes {@link #TOTAL} bytes as fast as they are taken. */
    private static void writeUntilDone(ServerSocketChannel server, AtomicLong written, CompletableFuture<Long> stalledAt) {
        try (SocketChannel edge = server.accept(); Selector selector = Selector.open()) {
            edge.setOption(java.net.StandardSocketOptions.SO_SNDBUF, SMALL_BUFFER);
            skipHead(edge);
            edge.write(ByteBuffer.wrap("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1)));
            edge.configureBlocking(false);
            edge.register(selector, SelectionKey.OP_WRITE);
            ByteBuffer buffer = ByteBuffer.allocate(64 << 10).flip();
            while (written.get() < TOTAL) {
                if (!buffer.hasRemaining()) { // all of it written: the next bytes start at what was written so far
                    long from = written.get();
                    buffer.clear().limit((int) Math.min(buffer.capacity(), TOTAL - from));
                    for (int i = 0; i < buffer.limit(); i++) {
                        buffer.put(i, pattern(from + i));
                    }
                }
                int n = edge.write(buffer);
                written.addAndGet(n);
                if (n == 0) {
                    selector.selectedKeys().clear();
                    if (selector.select(STALL) == 0 && !stalledAt.isDone()) {
                        stalledAt.complete(written.get());
                        selector.select(); // until the client reads again and the edge takes more
                    }
                }
            }
            stalledAt.complete(-1L); // never stalled: the test's check on it fails
        } catch (IOException failed) {
            stalledAt.completeExceptionally(failed);
            throw new java.io.UncheckedIOException(failed);
        }
    }

    private static byte pattern(long position) {
        return (byte) (position % 251);
    }

    private static void skipHead(SocketChannel channel) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            one.clear();
            if (channel.read(one) < 0) {
                throw new IOException("closed in the upgrade head");
            }
            matched = one.get(0) == end[matched] ? matched + 1 : one.get(0) == '\r' ? 1 : 0;
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed in the answer's head");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
