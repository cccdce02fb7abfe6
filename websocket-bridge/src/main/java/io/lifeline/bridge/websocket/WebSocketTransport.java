package io.lifeline.bridge.websocket;

import io.lifeline.bridge.connection.Transport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/**
 * Writes frames with the container's asynchronous send, so no thread ever waits on a slow
 * socket; the outbox keeps one write in flight. Closing may wait for a stuck write, so it runs on
 * its own pool, never on the thread that noticed the client fell behind.
 */
final class WebSocketTransport implements Transport {
    private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    private final WebSocketSession session;
    private final jakarta.websocket.Session socket;
    private final ExecutorService closer;

    WebSocketTransport(WebSocketSession session, Duration sendTimeout, ExecutorService closer) {
        this.session = session;
        this.socket = ((NativeWebSocketSession) session).getNativeSession(jakarta.websocket.Session.class);
        this.closer = closer;
        socket.getAsyncRemote().setSendTimeout(sendTimeout.toMillis());
        socket.getUserProperties().put(BLOCKING_SEND_TIMEOUT, 2000L); // a close or ping never hangs for long
    }

    @Override
    public void send(String frame, Runnable written, Consumer<Throwable> failed) {
        try {
            socket.getAsyncRemote().sendText(frame, result -> {
                if (result.isOK()) {
                    written.run();
                } else {
                    failed.accept(result.getException());
                }
            });
        } catch (RuntimeException closedMeanwhile) {
            failed.accept(closedMeanwhile);
        }
    }

    @Override
    public void close(int code, String reason) {
        closer.execute(() -> {
            try {
                session.close(new CloseStatus(code, reason));
            } catch (IOException | RuntimeException alreadyGone) {
                // the connection is gone either way
            }
        });
    }

    @Override
    public void ping() {
        try {
            socket.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | RuntimeException gone) {
            // a dead connection shows itself by staying silent until the idle timeout
        }
    }
}
