package io.lifeline.standalone.edge;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;

/**
 * One direction of {@link WebSocketRelay}'s byte relay: what its channel reads is written to the
 * peer as it is, flushed once per read burst. Back-pressure: while the peer cannot take more (its
 * outbound buffer above the high water mark, because its reader is slow), this side stops reading,
 * and reads again when the peer drains; so a client that does not read holds the edge to one
 * water mark's worth per direction, and the bridge's own send limits apply as they do without the
 * edge. When one side ends, the other is closed once what was written to it is flushed.
 *
 * <p>The bridge's side also checks that the bridge switched protocols ({@code HTTP/1.1 101}): if
 * it refused the upgrade (401, 403, 429), its answer still reaches the client, but the client's
 * side stops relaying, so a kept-alive connection cannot carry a next request past the gateway's
 * routes to the bridge.
 */
final class RelayPipe extends ChannelInboundHandlerAdapter {
    private static final byte[] SWITCHED = "HTTP/1.1 101".getBytes(StandardCharsets.US_ASCII);
    private final Channel peer;
    private RelayPipe opposite;
    /** On the bridge's side: how many bytes of {@link #SWITCHED} were seen; -1 once decided. */
    private int switchChecked;
    private boolean refused;

    private RelayPipe(Channel peer, boolean checksSwitch) {
        this.peer = peer;
        this.switchChecked = checksSwitch ? 0 : -1;
    }

    /** The two directions between a client and the bridge, {@code [client's side, bridge's side]}. */
    static RelayPipe[] between(Channel client, Channel bridge) {
        RelayPipe fromClient = new RelayPipe(bridge, false);
        RelayPipe fromBridge = new RelayPipe(client, true);
        fromClient.opposite = fromBridge;
        fromBridge.opposite = fromClient;
        return new RelayPipe[] {fromClient, fromBridge};
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refused || !peer.isActive()) {
            ReferenceCountUtil.release(msg);
            if (refused) {
                ctx.close();
            }
            return;
        }
        if (switchChecked >= 0 && msg instanceof ByteBuf bytes) {
            checkSwitched(bytes);
        }
        peer.write(msg, peer.voidPromise());
        if (!peer.isWritable()) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    private void checkSwitched(ByteBuf bytes) {
        for (int i = bytes.readerIndex(); i < bytes.writerIndex() && switchChecked >= 0; i++) {
            if (bytes.getByte(i) != SWITCHED[switchChecked]) {
                switchChecked = -1;
                opposite.refused = true;
            } else if (++switchChecked == SWITCHED.length) {
                switchChecked = -1;
            }
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        peer.flush();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            peer.config().setAutoRead(true);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closeWhenFlushed(peer);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
        closeWhenFlushed(peer);
    }

    static void closeWhenFlushed(Channel channel) {
        if (channel.isActive()) {
            channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
