package io.lifeline.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edge in front of three real stand-in servers: which path reaches which service, and what passes through unchanged. */
class EdgeIT {
    static Upstream commandSide;
    static Upstream querySide;
    static Upstream websocketBridge;
    static RunningEdge edge;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        commandSide = new Upstream("command-side");
        querySide = new Upstream("query-side");
        websocketBridge = new Upstream("websocket-bridge");
        edge = Edge.start("127.0.0.1", freePort(), commandSide.uri(), querySide.uri(), websocketBridge.uri());
    }

    @AfterAll
    static void stop() {
        edge.close();
        commandSide.close();
        querySide.close();
        websocketBridge.close();
    }

    @ParameterizedTest
    @CsvSource({
            "/api/query,                      query-side",
            "/api/query/inbox?status=open,    query-side",
            "/api/conversations,              command-side",
            "/api/sessions/staff,             command-side",
            "/api/queryish,                   command-side",
            "/v3/api-docs,                    command-side",
            "/v3/api-docs/swagger-config,     command-side",
            "/swagger-ui.html,                command-side",
            "/swagger-ui/index.html,          command-side",
            "/asyncapi.yaml,                  command-side",
            "/actuator/health,                command-side",
            "/ws,                             websocket-bridge",
            "/ws/info,                        websocket-bridge",
            "/client/lifeline-client.js,      websocket-bridge",
            "/widget/lifeline-widget.js,      websocket-bridge",
            "/console/,                       websocket-bridge",
            "/console/assets/app.js,          websocket-bridge"})
    void eachPathReachesTheServiceTheDistributedProxyRoutesItTo(String path, String service) throws Exception {
        HttpResponse<String> response = http.send(get(path).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Upstream")).contains(service);
    }

    @Test
    void theAddressItselfLeadsToTheConsole() throws Exception {
        HttpResponse<String> response = http.send(get("/").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains("/console/");
        assertThat(response.headers().firstValue("X-Upstream")).isEmpty();

        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> followed = browser.send(get("/").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.uri().getPath()).isEqualTo("/console/");
        assertThat(followed.headers().firstValue("X-Upstream")).contains("websocket-bridge");
    }

    @ParameterizedTest
    @CsvSource({"/index.html", "/wsx", "/apis", "/actuator-like"})
    void pathsNoServiceOwnsAreNotFoundAtTheEdge(String path) throws Exception {
        HttpResponse<String> response = http.send(get(path).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Upstream")).isEmpty();
    }

    @Test
    void theEdgesOwnNotFoundIsAProblemThatEchoesNoPath() throws Exception {
        HttpResponse<String> response = http.send(get("/wsx/secret-path").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"not-found\"").doesNotContain("secret-path").doesNotContain("<html");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aServiceThatDoesNotAnswerIsA502ProblemAndOneLogLine() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + freePort());
        try (RunningEdge lonely = Edge.start("127.0.0.1", freePort(), nobody, nobody, nobody)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + lonely.port() + "/api/conversations")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(response.body()).contains("\"code\":\"bad-gateway\"");
        }
    }

    @Test
    void statusContentTypeAndProblemBodyComeBackUnchanged() throws Exception {
        HttpResponse<String> response = http.send(get("/api/problem").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).isEqualTo(Upstream.PROBLEM);
    }

    @Test
    void theAuthorizationHeaderAndTheClientsHostReachTheService() throws Exception {
        HttpResponse<String> response = http.send(get("/api/query/inbox").header("Authorization", "Bearer abc.def.ghi").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("X-Seen-Authorization")).contains("Bearer abc.def.ghi");
        assertThat(response.headers().firstValue("X-Seen-Host")).contains("127.0.0.1:" + edge.port());
    }

    @ParameterizedTest
    @CsvSource({"/api/query/inbox", "/api/conversations", "/ws/presence"})
    void everyServiceLearnsTheClientsAddressAndNotWhatTheClientClaims(String path) throws Exception {
        HttpResponse<String> honest = http.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> lying = http.send(get(path).header("X-Forwarded-For", "192.0.2.1").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(honest.headers().firstValue("X-Seen-Forwarded-For")).contains("127.0.0.1");
        assertThat(lying.headers().firstValue("X-Seen-Forwarded-For")).contains("127.0.0.1");
    }

    @Test
    void theBridgeLearnsTheClientsAddressAtTheWebSocketHandshake() throws Exception {
        assertThat(firstReplyOverWebSocket(http.newWebSocketBuilder().header("X-Forwarded-For", "192.0.2.1"),
                "forwarded-for?")).isEqualTo("127.0.0.1");
    }

    @Test
    void largeBodiesStreamThroughBothWaysIntact() throws Exception {
        byte[] body = new byte[8 * 1024 * 1024];
        new Random(42).nextBytes(body);

        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(edgeUri("http", "/api/conversations/upload")).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    void aWebSocketUpgradeOnWsIsProxiedToTheBridge() throws Exception {
        assertThat(firstReplyOverWebSocket(http.newWebSocketBuilder(), "hello")).isEqualTo("websocket-bridge:hello");
    }

    /** Opens {@code /ws} through the edge, sends one text and answers the first text that comes back. */
    private static String firstReplyOverWebSocket(WebSocket.Builder builder, String text) throws Exception {
        CompletableFuture<String> reply = new CompletableFuture<>();
        WebSocket socket = builder.buildAsync(edgeUri("ws", "/ws"), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                reply.complete(data.toString());
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        socket.sendText(text, true).get(30, TimeUnit.SECONDS);
        String answer = reply.get(30, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(30, TimeUnit.SECONDS);
        return answer;
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(edgeUri("http", path)).GET();
    }

    private static URI edgeUri(String scheme, String path) {
        return URI.create(scheme + "://127.0.0.1:" + edge.port() + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
