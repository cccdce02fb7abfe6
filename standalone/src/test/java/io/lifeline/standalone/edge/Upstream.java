package io.lifeline.standalone.edge;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.WebsocketServerSpec;

/**
 * A real HTTP and WebSocket server standing in for one service: it says who it is, shows what
 * reached it (Host, Authorization, X-Forwarded-For), echoes request bodies back as they stream in, answers
 * {@code /api/problem} with a problem+json 422, and echoes WebSocket text frames with its name (but
 * answers questions about its handshake, and closes with a code when asked; see {@link #answer}).
 */
final class Upstream implements AutoCloseable {
    static final String PROBLEM = "{\"type\":\"urn:lifeline:problem:test\",\"title\":\"Unprocessable\",\"status\":422}";

    private final DisposableServer server;
    private final BlockingQueue<Integer> closeCodes = new LinkedBlockingQueue<>();

    Upstream(String name) {
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) -> {
                    response.header("X-Upstream", name)
                            .header("X-Seen-Host", header(request, HttpHeaderNames.HOST.toString()))
                            .header("X-Seen-Authorization", header(request, HttpHeaderNames.AUTHORIZATION.toString()))
                            .header("X-Seen-Forwarded-For", header(request, "X-Forwarded-For"));
                    if ("websocket".equalsIgnoreCase(header(request, HttpHeaderNames.UPGRADE.toString()))) {
                        return response.sendWebsocket((in, out) -> {
                            in.receiveCloseStatus().subscribe(status -> closeCodes.add(status.code()));
                            return out.sendObject(in.receiveFrames()
                                    .filter(TextWebSocketFrame.class::isInstance)
                                    .map(frame -> answer(name, request, ((TextWebSocketFrame) frame).text())));
                        }, WebsocketServerSpec.builder().maxFramePayloadLength(1 << 20).build());
                    }
                    if (request.uri().equals("/api/problem")) {
                        return response.status(422).header("Content-Type", "application/problem+json").sendString(Mono.just(PROBLEM));
                    }
                    return response.header("Content-Type", "application/octet-stream").send(request.receive().retain());
                })
                .bindNow();
    }

    /**
     * The echo, or what the handshake carried ({@code forwarded-for?}, {@code authorization?},
     * {@code key?} for {@code Sec-WebSocket-Key}, {@code protocol?}), or {@code close:<code>}: a close with that code.
     */
    private static WebSocketFrame answer(String name, HttpServerRequest request, String text) {
        if (text.startsWith("close:")) {
            return new CloseWebSocketFrame(Integer.parseInt(text.substring("close:".length())), "as asked");
        }
        String reply = switch (text) {
            case "forwarded-for?" -> header(request, "X-Forwarded-For");
            case "authorization?" -> header(request, HttpHeaderNames.AUTHORIZATION.toString());
            case "key?" -> header(request, HttpHeaderNames.SEC_WEBSOCKET_KEY.toString());
            case "protocol?" -> header(request, HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL.toString());
            default -> name + ":" + text;
        };
        return new TextWebSocketFrame(reply);
    }

    /** The close codes clients sent, in order. */
    BlockingQueue<Integer> closeCodes() {
        return closeCodes;
    }

    private static String header(HttpServerRequest request, String name) {
        String value = request.requestHeaders().get(name);
        return value == null ? "" : value;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
