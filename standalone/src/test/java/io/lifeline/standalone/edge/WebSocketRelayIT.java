package io.lifeline.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edge relays a {@code /ws} WebSocket upgrade to the bridge as bytes ({@link WebSocketRelay}),
 * on real sockets in front of a real stand-in bridge: the bridge sees the client's own handshake
 * (its {@code Sec-WebSocket-Key}, where the gateway's proxy made a handshake of its own), frames
 * and close codes pass unchanged, the head is rewritten as the gateway's filters did, and what is
 * not a {@code /ws} upgrade still goes through the gateway.
 */
class WebSocketRelayIT {
    static Upstream commandSide;
    static Upstream querySide;
    static Upstream websocketBridge;
    static RunningEdge edge;

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
    @ValueSource(strings = {"/ws", "/ws?v=1"})
    void anUpgradeOfWsReachesTheBridgeAsTheClientMadeIt(String path) throws Exception {
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write(RawWebSocket.upgrade(path));
            assertThat(client.readHead()).containsEntry("", "HTTP/1.1 101 Switching Protocols");

            client.sendText("key?");
            assertThat(client.readDataOrClose().text()).isEqualTo(RawWebSocket.KEY);
        }
    }

    @Test
    void anUpgradeAsTheJdksClientWritesItIsRelayedToo() throws Exception {
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write(RawWebSocket.upgrade("/ws", "Content-Length: 0", "User-Agent: Java-http-client/17.0.15"));
            assertThat(client.readHead()).containsEntry("", "HTTP/1.1 101 Switching Protocols");

            client.sendText("key?");
            assertThat(client.readDataOrClose().text()).isEqualTo(RawWebSocket.KEY);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ws/events", "/ws/presence", "/wsx"})
    void otherPathsAreNotRelayed(String path) throws Exception {
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write(RawWebSocket.upgrade(path));
            Map<String, String> head = client.readHead();
            if (head.get("").equals("HTTP/1.1 101 Switching Protocols")) { // the gateway's WebSocket proxy: a handshake of its own
                client.sendText("key?");
                assertThat(client.readDataOrClose().text()).isNotEqualTo(RawWebSocket.KEY);
            } else {
                assertThat(head.get("")).isEqualTo("HTTP/1.1 404 Not Found");
            }
        }
    }

    @Test
    void aLaterUpgradeOnAKeptAliveConnectionGoesThroughTheGateway() throws Exception {
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write("GET /api/problem HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            Map<String, String> answer = client.readHead();
            assertThat(answer.get("")).isEqualTo("HTTP/1.1 422 Unprocessable Entity");
            assertThat(readBody(client, answer)).isEqualTo(Upstream.PROBLEM);

            client.write(RawWebSocket.upgrade("/ws"));
            assertThat(client.readHead()).containsEntry("", "HTTP/1.1 101 Switching Protocols");
            client.sendText("key?");
            assertThat(client.readDataOrClose().text()).isNotEqualTo(RawWebSocket.KEY);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 125, 126, 16_384, 65_535, 65_536, 300_000})
    void framesOfEverySizePassUnchangedBothWays(int characters) throws Exception {
        String text = "ü€x".repeat(characters / 3 + 1).substring(0, characters);
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write(RawWebSocket.upgrade("/ws"));
            client.readHead();

            client.sendText(text);
            RawWebSocket.Frame echo = client.readDataOrClose();
            assertThat(echo.opcode()).isEqualTo(1);
            assertThat(echo.fin()).isTrue();
            assertThat(echo.text()).isEqualTo("websocket-bridge:" + text);
        }
    }

    @Test
    void closeCodesPassBothWays() throws Exception {
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write(RawWebSocket.upgrade("/ws"));
            client.readHead();
            client.sendText("close:4002");
            RawWebSocket.Frame close = client.readDataOrClose();
            assertThat(close.opcode()).isEqualTo(8);
            assertThat(close.closeCode()).isEqualTo(4002);
        }
        websocketBridge.closeCodes().clear();
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write(RawWebSocket.upgrade("/ws"));
            client.readHead();
            client.sendFrame(true, 8, new byte[] {(byte) (4001 >>> 8), (byte) (4001 & 0xff), 'b', 'y', 'e'});
            assertThat(websocketBridge.closeCodes().poll(30, TimeUnit.SECONDS)).isEqualTo(4001);
            assertThat(client.readDataOrClose().closeCode()).as("the bridge's answering close").isEqualTo(4001);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lifeline.bearer.abc.def                |                     | Bearer abc.def |",
            "lifeline.v1, lifeline.bearer.abc.def   |                     | Bearer abc.def | lifeline.v1",
            "lifeline.bearer.abc.def                | Bearer mine         | Bearer mine    |",
            "lifeline.v1                            |                     |                | lifeline.v1"})
    void theTokenSubprotocolBecomesAuthorizationAndIsNeitherOfferedOnwardNorEchoed(String offered, String ownAuthorization,
                                                                                  String seenAuthorization, String seenProtocol)
            throws Exception {
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write(ownAuthorization == null
                    ? RawWebSocket.upgrade("/ws", "Sec-WebSocket-Protocol: " + offered)
                    : RawWebSocket.upgrade("/ws", "Sec-WebSocket-Protocol: " + offered, "Authorization: " + ownAuthorization));
            Map<String, String> answer = client.readHead();
            assertThat(answer.get("")).isEqualTo("HTTP/1.1 101 Switching Protocols");
            assertThat(answer.getOrDefault("sec-websocket-protocol", "")).doesNotContain("bearer");

            client.sendText("authorization?");
            assertThat(client.readDataOrClose().text()).isEqualTo(seenAuthorization == null ? "" : seenAuthorization);
            client.sendText("protocol?");
            assertThat(client.readDataOrClose().text()).isEqualTo(seenProtocol == null ? "" : seenProtocol);
        }
    }

    @Test
    void theBridgeLearnsThePeersAddressAndNotWhatTheClientClaims() throws Exception {
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write(RawWebSocket.upgrade("/ws", "X-Forwarded-For: 192.0.2.1", "Forwarded: for=192.0.2.2",
                    "X-Forwarded-Host: evil.example"));
            client.readHead();
            client.sendText("forwarded-for?");
            assertThat(client.readDataOrClose().text()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aHeadLongerThanTheEdgeHoldsIsAnswered431() throws Exception {
        try (var client = RawWebSocket.connect(edge.port())) {
            client.write(RawWebSocket.upgrade("/ws", "X-Padding: " + "a".repeat(UpgradeHead.MAX_BYTES)));
            Map<String, String> answer = client.readHead();

            assertThat(answer.get("")).isEqualTo("HTTP/1.1 431 Request Header Fields Too Large");
            assertThat(answer.get("content-type")).isEqualTo("application/problem+json");
            assertThat(readBody(client, answer)).contains("\"code\":\"headers-too-large\"");
            assertThat(client.input().read()).as("the connection is closed").isEqualTo(-1);
        }
    }

    @Test
    void aBridgeThatDoesNotAnswerIsA502Problem() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + freePort());
        try (RunningEdge lonely = Edge.start("127.0.0.1", freePort(), nobody, nobody, nobody);
             var client = RawWebSocket.connect(lonely.port())) {
            client.write(RawWebSocket.upgrade("/ws"));
            Map<String, String> answer = client.readHead();

            assertThat(answer.get("")).isEqualTo("HTTP/1.1 502 Bad Gateway");
            assertThat(answer.get("content-type")).isEqualTo("application/problem+json");
            assertThat(answer.get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(readBody(client, answer)).contains("\"code\":\"bad-gateway\"");
        }
    }

    private static String readBody(RawWebSocket client, Map<String, String> head) throws IOException {
        if (head.containsKey("content-length")) {
            return client.readBody(Integer.parseInt(head.get("content-length")));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) { // chunked
            String size = readLine(client);
            int length = Integer.parseInt(size.strip(), 16);
            if (length == 0) {
                readLine(client);
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(client.input().readNBytes(length));
            readLine(client);
        }
    }

    private static String readLine(RawWebSocket client) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = client.input().read()) != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
