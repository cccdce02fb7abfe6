package io.lifeline.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The bytes a relay test feeds to its channels, each kept to check that the relay released it, and
 * what the channels passed on, read as text.
 */
final class RelayBytes {
    private final List<ByteBuf> sent = new ArrayList<>();

    /** Pooled, so Netty's leak detector tracks it. */
    ByteBuf of(String text) {
        ByteBuf buffer = ByteBufAllocator.DEFAULT.buffer().writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        sent.add(buffer);
        return buffer;
    }

    void allReleased() {
        assertThat(sent).allSatisfy(buffer -> assertThat(buffer.refCnt()).as("released").isZero());
    }

    /** What the channel wrote to its peer, each buffer released. */
    static String written(EmbeddedChannel channel) {
        return drain(EmbeddedChannel::readOutbound, channel);
    }

    /** What the channel passed on to the handlers after the relay, each buffer released. */
    static String passedOn(EmbeddedChannel channel) {
        return drain(EmbeddedChannel::readInbound, channel);
    }

    private static String drain(Function<EmbeddedChannel, ByteBuf> next, EmbeddedChannel channel) {
        StringBuilder all = new StringBuilder();
        for (ByteBuf read; (read = next.apply(channel)) != null; ) {
            all.append(read.toString(StandardCharsets.ISO_8859_1));
            read.release();
        }
        return all.toString();
    }
}
