package io.lifeline.client;

import io.lifeline.contracts.protocol.ServerFrame;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One client connection as the scripted bridge sees it: the frames it received, and what to send back. */
final class BridgeConnection {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Session session;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

    BridgeConnection(Session session) {
        this.session = session;
    }

    void received(String text) {
        received.add(JSON.readTree(text));
    }

    /** The next frame the client sent, waiting for it if need be. */
    JsonNode awaitFrame() throws InterruptedException {
        JsonNode frame = received.poll(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("the client sent no frame");
        }
        return frame;
    }

    /** The next frame the client sent, which must be of the given type. */
    JsonNode awaitFrame(String type) throws InterruptedException {
        JsonNode frame = awaitFrame();
        if (!type.equals(frame.path("type").asString())) {
            throw new AssertionError("expected a " + type + " frame but got " + frame);
        }
        return frame;
    }

    void send(ServerFrame frame) throws IOException {
        sendText(JSON.writerFor(ServerFrame.class).writeValueAsString(frame));
    }

    void sendText(String text) throws IOException {
        session.getBasicRemote().sendText(text);
    }

    /** Sends one frame as several WebSocket fragments. */
    void sendFragmented(ServerFrame frame, int fragments) throws IOException {
        String text = JSON.writerFor(ServerFrame.class).writeValueAsString(frame);
        int size = Math.max(1, text.length() / fragments);
        for (int start = 0; start < text.length(); start += size) {
            int end = Math.min(text.length(), start + size);
            session.getBasicRemote().sendText(text.substring(start, end), end == text.length());
        }
    }

    void close(int code, String reason) throws IOException {
        session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
    }
}
