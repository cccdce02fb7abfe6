package io.lifeline.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which first requests the edge relays, and the head the bridge then reads. */
class UpgradeHeadTest {

    @Test
    void theHeadIsRewrittenAsTheGatewaysFiltersDid() {
        String head = "GET /ws?v=1 HTTP/1.1\r\nHost: localhost:8080\r\nUpgrade: WebSocket\r\nConnection: keep-alive, Upgrade\r\n"
                + "Sec-WebSocket-Key: k\r\nSec-WebSocket-Version: 13\r\nOrigin: http://localhost:8080\r\n"
                + "Sec-WebSocket-Protocol: lifeline.v1, lifeline.bearer.a.b.c\r\nX-Forwarded-For: 192.0.2.1\r\n"
                + "X-Forwarded-Proto: https\r\nForwarded: for=192.0.2.2\r\nKeep-Alive: timeout=5\r\n\r\n";

        assertThat(rewritten(head, "203.0.113.9")).isEqualTo("GET /ws?v=1 HTTP/1.1\r\nHost: localhost:8080\r\n"
                + "Sec-WebSocket-Key: k\r\nSec-WebSocket-Version: 13\r\nOrigin: http://localhost:8080\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Protocol: lifeline.v1\r\n"
                + "Authorization: Bearer a.b.c\r\nX-Forwarded-For: 203.0.113.9\r\n\r\n");
    }

    @Test
    void anEmptyBodyAsTheJdksClientAnnouncesItIsStillAnUpgrade() {
        String head = "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nContent-Length: 0\r\nHost: 127.0.0.1:8080\r\n"
                + "Upgrade: websocket\r\nUser-Agent: Java-http-client/17.0.15\r\nSec-WebSocket-Key: k\r\nSec-WebSocket-Version: 13\r\n\r\n";

        assertThat(rewritten(head, "127.0.0.1")).contains("Content-Length: 0\r\n").contains("Sec-WebSocket-Key: k\r\n");
    }

    @Test
    void theClientsOwnAuthorizationWinsAndTheTokenIsStillNotOffered() {
        String head = RawWebSocket.upgrade("/ws", "Authorization: Bearer mine", "Sec-WebSocket-Protocol: lifeline.bearer.theirs");

        assertThat(rewritten(head, "127.0.0.1")).contains("Authorization: Bearer mine\r\n")
                .doesNotContain("theirs").doesNotContain("Sec-WebSocket-Protocol");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /ws HTTP/1.1\r\nHost: x\r\n\r\n", // no upgrade
            "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\n\r\n", // no Connection: upgrade
            "GET /ws HTTP/1.0\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
            "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nContent-Length: 5\r\n\r\n",
            "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nContent-Length: 00\r\n\r\n",
            "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nTransfer-Encoding: chunked\r\n\r\n",
            "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nX-A: 1\nX-Forwarded-For: 1.2.3.4\r\n\r\n",
            "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nX-A: 1\r\n folded\r\n\r\n",
            "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nX A: 1\r\n\r\n",
            "GET /ws HTTP/1.1 extra\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"})
    void whatIsNotAPlainWebSocketUpgradeIsTheGateways(String head) {
        assertThat(read(head)).isInstanceOf(UpgradeHead.NotOurs.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /ws HTTP/1.1\r\n", "GET /wsx HTTP/1.1\r\n", "GET /ws/events HTTP/1.1\r\n", "GET / HTTP/1.1\r\n",
            "get /ws HTTP/1.1\r\n", "GET  /ws HTTP/1.1\r\n"})
    void otherRequestLinesAreTheGatewaysAsSoonAsTheyDiffer(String start) {
        assertThat(read(start)).isInstanceOf(UpgradeHead.NotOurs.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"G", "GET /w", "GET /ws", "GET /ws ", "GET /ws?a=1 HTTP/1.1\r\nHost: x\r\n"})
    void aBeginningOfAWsRequestWaitsForMore(String start) {
        assertThat(read(start)).isInstanceOf(UpgradeHead.NeedMore.class);
    }

    @Test
    void aWsHeadIsHeldUpToTheLimitOnly() {
        String start = "GET /ws HTTP/1.1\r\nX-Padding: ";
        String under = start + "a".repeat(UpgradeHead.MAX_BYTES - start.length() - 1);
        assertThat(read(under)).isInstanceOf(UpgradeHead.NeedMore.class);
        assertThat(read(under + "a")).isInstanceOf(UpgradeHead.TooLarge.class);
    }

    @Test
    void theUpgradeTellsHowManyBytesItsHeadTookSoWhatFollowsIsRelayedToo() {
        String head = RawWebSocket.upgrade("/ws");
        UpgradeHead.Verdict verdict = read(head + "\u0081\u0080early");

        assertThat(verdict).isInstanceOf(UpgradeHead.Upgrade.class);
        assertThat(((UpgradeHead.Upgrade) verdict).headLength()).isEqualTo(head.length());
    }

    private static UpgradeHead.Verdict read(String bytes) {
        byte[] raw = bytes.getBytes(StandardCharsets.ISO_8859_1);
        return UpgradeHead.read(raw, raw.length, "127.0.0.1");
    }

    private static String rewritten(String head, String clientAddress) {
        UpgradeHead.Verdict verdict = UpgradeHead.read(head.getBytes(StandardCharsets.ISO_8859_1), head.length(), clientAddress);
        assertThat(verdict).isInstanceOf(UpgradeHead.Upgrade.class);
        return new String(((UpgradeHead.Upgrade) verdict).rewritten(), StandardCharsets.ISO_8859_1);
    }
}
