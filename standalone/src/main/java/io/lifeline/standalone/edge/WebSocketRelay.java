package io.lifeline.standalone.edge;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Relays a WebSocket connection on {@code /ws} to the bridge as bytes, as the distributed edge's
 * nginx does ({@code deploy/edge.conf}): the gateway's WebSocket proxy decodes every frame from
 * the client and encodes it again for the bridge (and back), which cost the edge about half a
 * millisecond of CPU per message; relayed, a frame is never parsed at the edge.
 *
 * <p>Why a handler first in each connection's pipeline, before Reactor Netty's HTTP codec, rather
 * than a gateway route or filter: by the time a filter runs, the codec has read the request and
 * Reactor Netty owns the connection, which it can only answer as HTTP or hand to its own WebSocket
 * codec; only below the codec can the edge keep the connection's bytes as they are. So this reads
 * the head of a connection's first request ({@link UpgradeHead}, at most 16 KiB, then 431) and
 * either steps aside at once, the bytes passed on untouched to the gateway, which handles the
 * connection as it always did (later requests on it too, even a later upgrade), or, for a
 * {@code GET /ws} WebSocket upgrade, connects to the bridge on the connection's own event loop
 * (no thread hop, no locking), writes the rewritten head, removes the HTTP handlers from the
 * client's pipeline and joins the two connections with {@link RelayPipe}. The bridge's {@code 101}
 * (or its refusal) then reaches the client as the bridge wrote it. A bridge that cannot be reached
 * is answered as the gateway would answer it, by {@link EdgeProblems}. The gateway's {@code /ws}
 * route stays: it still takes what this steps aside from.
 */
final class WebSocketRelay extends ChannelInboundHandlerAdapter {
    static final String NAME = "lifeline.webSocketRelay";
    private static final Logger log = LoggerFactory.getLogger(WebSocketRelay.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private final SocketAddress bridge;
    private ByteBuf buffered;
    private Channel bridgeChannel;

    WebSocketRelay(SocketAddress bridge) {
        this.bridge = bridge;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf in) || bridgeChannel != null) {
            ctx.fireChannelRead(msg);
            return;
        }
        buffered = buffered == null ? in : append(ctx, buffered, in);
        int start = Math.min(buffered.readableBytes(), 8);
        if (UpgradeHead.read(ByteBufUtil.getBytes(buffered, buffered.readerIndex(), start, false), start, null)
                instanceof UpgradeHead.NotOurs) {
            stepAside(ctx); // most connections: decided on the request line's first bytes, nothing more copied
            return;
        }
        int length = Math.min(buffered.readableBytes(), UpgradeHead.MAX_BYTES);
        byte[] head = ByteBufUtil.getBytes(buffered, buffered.readerIndex(), length, false);
        UpgradeHead.Verdict verdict = UpgradeHead.read(head, length, clientAddress(ctx.channel()));
        if (verdict instanceof UpgradeHead.Upgrade upgrade) {
            relay(ctx, upgrade);
        } else if (verdict instanceof UpgradeHead.TooLarge) {
            answerAndClose(ctx, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
        } else if (verdict instanceof UpgradeHead.NotOurs) {
            stepAside(ctx);
        } else {
            ctx.read(); // Reactor Netty reads on demand, and the head is not whole yet
        }
    }

    private static ByteBuf append(ChannelHandlerContext ctx, ByteBuf buffered, ByteBuf in) {
        try {
            ByteBuf joined = ctx.alloc().buffer(buffered.readableBytes() + in.readableBytes());
            joined.writeBytes(buffered).writeBytes(in);
            return joined;
        } finally {
            buffered.release();
            in.release();
        }
    }

    private static String clientAddress(Channel channel) {
        return channel.remoteAddress() instanceof InetSocketAddress peer && peer.getAddress() != null
                ? peer.getAddress().getHostAddress() : null;
    }

    /** Not a {@code /ws} upgrade: the gateway gets the connection, bytes and all, as if this had never been there. */
    private void stepAside(ChannelHandlerContext ctx) {
        ByteBuf bytes = buffered;
        buffered = null;
        ctx.pipeline().remove(this);
        ctx.fireChannelRead(bytes);
    }

    private void answerAndClose(ChannelHandlerContext ctx, HttpStatus status) {
        release();
        ctx.channel().config().setAutoRead(false);
        ctx.writeAndFlush(Unpooled.wrappedBuffer(EdgeProblems.closingAnswer(status))).addListener(ChannelFutureListener.CLOSE);
    }

    private void relay(ChannelHandlerContext ctx, UpgradeHead.Upgrade upgrade) {
        Channel client = ctx.channel();
        ByteBuf early = buffered.readableBytes() > upgrade.headLength()
                ? buffered.retainedSlice(buffered.readerIndex() + upgrade.headLength(), buffered.readableBytes() - upgrade.headLength())
                : null;
        release();
        client.config().setAutoRead(false);
        for (Map.Entry<String, ChannelHandler> handler : new ArrayList<>(ctx.pipeline().toMap().entrySet())) {
            if (handler.getValue() != this) {
                ctx.pipeline().remove(handler.getValue()); // the connection is the bridge's now: no HTTP codec reads it
            }
        }
        ChannelFuture connected = new Bootstrap()
                .group(client.eventLoop())
                .channel(client.getClass())
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, client.config().getWriteBufferWaterMark())
                .handler(new ChannelInboundHandlerAdapter())
                .connect(bridge);
        bridgeChannel = connected.channel();
        RelayPipe[] pipes = RelayPipe.between(client, bridgeChannel);
        bridgeChannel.pipeline().addLast(pipes[1]);
        connected.addListener((ChannelFuture result) -> {
            if (!result.isSuccess() || !client.isActive()) {
                if (early != null) {
                    early.release();
                }
                if (!client.isActive()) { // the client left while the edge connected: nobody to answer
                    bridgeChannel.close();
                    return;
                }
                log.warn("GET /ws answered 502 at the edge: {}", result.cause().toString());
                answerAndClose(ctx, HttpStatus.BAD_GATEWAY);
                return;
            }
            bridgeChannel.write(Unpooled.wrappedBuffer(upgrade.rewritten()), bridgeChannel.voidPromise());
            if (early != null) {
                bridgeChannel.write(early, bridgeChannel.voidPromise());
            }
            bridgeChannel.flush();
            ctx.pipeline().replace(this, NAME, pipes[0]);
            client.config().setAutoRead(true);
            bridgeChannel.config().setAutoRead(true);
        });
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        release();
        if (bridgeChannel != null) {
            bridgeChannel.close();
            return;
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (bridgeChannel != null) {
            ctx.close();
            return;
        }
        ctx.fireExceptionCaught(cause);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        release();
    }

    private void release() {
        if (buffered != null) {
            buffered.release();
            buffered = null;
        }
    }
}
