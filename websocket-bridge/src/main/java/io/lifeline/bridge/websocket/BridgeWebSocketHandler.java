package io.lifeline.bridge.websocket;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.connection.Connections;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Turns each WebSocket session into a {@link Connection} and hands its frames to the dispatcher. The
 * container hands frames over in parts of its small read buffer ({@link WebSocketConfig}); a frame
 * that spans parts is joined first, and one longer than the largest accepted ends its connection
 * with 1009 (too big).
 */
@Component
class BridgeWebSocketHandler extends TextWebSocketHandler implements SubProtocolCapable {
    static final String PROTOCOL = "lifeline.v1";
    private static final String CONNECTION = "lifeline.connection";
    private final Connections connections;
    private final ClientFrameDispatcher dispatcher;
    private final BridgeProperties properties;
    private final FrameParts parts;
    private final ExecutorService closer = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "websocket-close");
        thread.setDaemon(true);
        return thread;
    });

    BridgeWebSocketHandler(Connections connections, ClientFrameDispatcher dispatcher, BridgeProperties properties) {
        this.connections = connections;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.parts = new FrameParts(properties.maxFrameBytes());
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    public List<String> getSubProtocols() {
        return List.of(PROTOCOL);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Caller caller = (Caller) session.getAttributes().get(HandshakeAuthenticator.CALLER);
        var transport = new WebSocketTransport(session, properties.sendTimeout(), closer);
        var connection = new Connection(caller, transport, properties.outboxCapacity());
        session.getAttributes().put(CONNECTION, connection);
        connections.opened(connection);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Connection connection = connection(session);
        if (!connection.isOpen()) {
            return; // the rest of a frame that was too big
        }
        connection.heard();
        try {
            String frame = parts.text(session.getAttributes(), message.getPayload(), message.isLast());
            if (frame != null) {
                dispatcher.handle(connection, frame);
            }
        } catch (FrameParts.FrameTooBig tooBig) {
            connection.close(CloseStatus.TOO_BIG_TO_PROCESS.getCode(), tooBig.getMessage());
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        Connection connection = connection(session);
        if (!connection.isOpen()) {
            return;
        }
        connection.heard();
        try {
            if (parts.binary(session.getAttributes(), message.getPayloadLength(), message.isLast())) {
                dispatcher.handleBinary(connection);
            }
        } catch (FrameParts.FrameTooBig tooBig) {
            connection.close(CloseStatus.TOO_BIG_TO_PROCESS.getCode(), tooBig.getMessage());
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        connection(session).heard();
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection connection = connection(session);
        if (connection != null) {
            connections.closed(connection);
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        // the container closes the session next; afterConnectionClosed cleans up
    }

    @PreDestroy
    void stop() {
        closer.shutdown();
    }

    private static Connection connection(WebSocketSession session) {
        return (Connection) session.getAttributes().get(CONNECTION);
    }
}
