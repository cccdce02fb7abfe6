package io.lifeline.standalone.edge;

import io.netty.handler.codec.http.HttpHeaderNames;
import java.net.URI;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;

/**
 * A real HTTP and WebSocket server standing in for one service: it says who it is, shows what
 * reached it (Host, Authorization, X-Forwarded-For), echoes request bodies back as they stream in, answers
 * {@code /api/problem} with a problem+json 422, and echoes WebSocket text frames with its name (but
 * answers {@code forwarded-for?} with the {@code X-Forwarded-For} its handshake carried).
 */
final class Upstream implements AutoCloseable {
    static final String PROBLEM = "{\"type\":\"urn:lifeline:problem:test\",\"title\":\"Unprocessable\",\"status\":422}";

    private final DisposableServer server;

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
                        String forwardedFor = header(request, "X-Forwarded-For");
                        return response.sendWebsocket((in, out) -> out.sendString(in.receive().asString()
                                .map(text -> text.equals("forwarded-for?") ? forwardedFor : name + ":" + text)));
                    }
                    if (request.uri().equals("/api/problem")) {
                        return response.status(422).header("Content-Type", "application/problem+json").sendString(Mono.just(PROBLEM));
                    }
                    return response.header("Content-Type", "application/octet-stream").send(request.receive().retain());
                })
                .bindNow();
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
