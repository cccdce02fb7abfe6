package io.lifeline.client;

import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.ServerFrame;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket connection to the bridge. It joins a text message's fragments, reads the frame, and
 * hands it to the loop, asking for the next message only once the loop has dealt with this one: a slow
 * listener slows the bridge down instead of piling up frames here (the bridge closes with 4008 when it
 * has to wait too long, and the client resumes). Writes go out one at a time, as the JDK's WebSocket
 * requires; a failed write ends the connection.
 */
final class Connection implements WebSocket.Listener {

    /** What a connection reports, always on the loop. */
    interface Events {
        void opened(Connection connection);

        void received(Connection connection, ServerFrame frame);

        void ended(Connection connection, int code, String reason);
    }

    private static final long CLOSE_GRACE_SECONDS = 2;

    private final FrameCodec codec;
    private final EventLoop loop;
    private final Events events;
    /** Touched only by the socket's callbacks, which the JDK runs one at a time. */
    private final StringBuilder message = new StringBuilder();
    private volatile WebSocket socket;
    /** Touched only on the loop. */
    private CompletableFuture<?> writes = CompletableFuture.completedFuture(null);

    Connection(FrameCodec codec, EventLoop loop, Events events) {
        this.codec = codec;
        this.loop = loop;
        this.events = events;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        CompletableFuture.runAsync(() -> events.opened(this), loop).whenComplete((done, e) -> webSocket.request(1));
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        message.append(data);
        if (!last) {
            webSocket.request(1);
            return null;
        }
        String text = message.toString();
        message.setLength(0);
        codec.decode(text).ifPresentOrElse(
                frame -> CompletableFuture.runAsync(() -> events.received(this, frame), loop)
                        .whenComplete((done, e) -> webSocket.request(1)),
                () -> webSocket.request(1));
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        loop.execute(() -> events.ended(this, statusCode, reason));
        return null; // the JDK then answers with a close of the same code
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        loop.execute(() -> events.ended(this, CloseDecision.ABNORMAL, String.valueOf(error)));
    }

    /** Queues a frame behind the ones before it; call on the loop, and only once the connection is open. */
    CompletableFuture<Void> write(ClientFrame frame) {
        String text = codec.encode(frame);
        WebSocket webSocket = socket;
        CompletableFuture<Void> written = writes.thenCompose(previous -> webSocket.sendText(text, true))
                .thenApply(done -> null);
        writes = written;
        written.whenComplete((done, e) -> {
            if (e != null) {
                webSocket.abort();
                loop.execute(() -> events.ended(this, CloseDecision.ABNORMAL, "a write failed: " + e));
            }
        });
        return written;
    }

    /** Starts the close handshake and gives the bridge a moment to answer before cutting the line. */
    void close(int code, String reason) {
        WebSocket webSocket = socket;
        if (webSocket == null) {
            return;
        }
        writes.handle((done, e) -> webSocket.sendClose(code, reason));
        CompletableFuture.delayedExecutor(CLOSE_GRACE_SECONDS, TimeUnit.SECONDS).execute(webSocket::abort);
    }

    void abort() {
        WebSocket webSocket = socket;
        if (webSocket != null) {
            webSocket.abort();
        }
    }
}
