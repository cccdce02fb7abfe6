package io.lifeline.client;

import static io.lifeline.client.Frames.messageSent;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.contracts.protocol.OnlineStaff;
import io.lifeline.contracts.protocol.PongFrame;
import io.lifeline.contracts.protocol.PresenceFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionTest {
    private final ConversationId conversation = ConversationId.random();
    private final RecordingListener listener = new RecordingListener();
    private ScriptedBridge bridge;
    private LifelineClient client;

    @BeforeEach
    void startBridge() throws Exception {
        bridge = ScriptedBridge.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        bridge.close();
    }

    @Test
    void theBearerTokenReachesTheBridgeInTheHandshake() throws Exception {
        client = TestClients.client(bridge, listener, () -> "token-1");
        client.connect().get(10, SECONDS);
        bridge.awaitConnection();

        assertThat(bridge.authorizations()).containsExactly("Bearer token-1");
        listener.awaitConnected();
    }

    @Test
    void aFragmentedFrameIsReadOnceWhole() throws Exception {
        BridgeConnection connection = connect();

        connection.sendFragmented(messageSent(conversation, 0), 5);

        var event = listener.awaitEvent();
        assertThat(event.sequence()).isZero();
        assertThat(event.payload().path("text").asString()).isEqualTo("m0");
    }

    @Test
    void aPingIsAnsweredByThePongWithItsRef() throws Exception {
        BridgeConnection connection = connect();

        CompletableFuture<PongFrame> pong = client.ping();
        String ref = connection.awaitFrame("ping").path("ref").asString();
        connection.send(new PongFrame("someone-else's"));
        connection.send(new PongFrame(ref));

        assertThat(pong.get(10, SECONDS)).isEqualTo(new PongFrame(ref));
    }

    @Test
    void typingAndPresenceReachTheListener() throws Exception {
        BridgeConnection connection = connect();
        var typing = new TypingFrame(conversation, "device:d-1", true);
        var presence = new PresenceFrame(List.of(new OnlineStaff(StaffId.random(), Instant.parse("2026-11-23T12:00:00Z"))));

        connection.send(typing);
        connection.send(presence);

        assertThat(listener.await("Typing", TypingFrame.class)).isEqualTo(typing);
        assertThat(listener.await("Presence", PresenceFrame.class)).isEqualTo(presence);
    }

    @Test
    void typingAndReceiptsGoOutAsFrames() throws Exception {
        BridgeConnection connection = connect();

        client.typing(conversation, false).get(10, SECONDS);
        client.delivered(conversation, 4).get(10, SECONDS);
        client.read(conversation, 3).get(10, SECONDS);

        var typing = connection.awaitFrame("typing");
        assertThat(typing.path("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(typing.path("typing").asBoolean()).isFalse();
        assertThat(connection.awaitFrame("delivered").path("upToSequence").asLong()).isEqualTo(4);
        assertThat(connection.awaitFrame("read").path("upToSequence").asLong()).isEqualTo(3);
    }

    @Test
    void framesOfUnknownTypeOrShapeAreSkipped() throws Exception {
        BridgeConnection connection = connect();

        connection.sendText("{\"type\":\"shout\",\"loud\":true}");
        connection.sendText("not json");
        connection.sendText("{\"type\":\"typing\",\"conversationId\":\"" + conversation + "\",\"actor\":\"staff:x\",\"new\":1}");

        assertThat(listener.await("Typing", TypingFrame.class).actor()).isEqualTo("staff:x");
    }

    @Test
    void aRefusedHandshakeStopsTheClient() throws Exception {
        client = TestClients.client(bridge, listener, () -> ScriptedBridge.EXPIRED_TOKEN);

        assertThatThrownBy(() -> client.connect().get(10, SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(ClientStoppedException.class,
                        stopped -> assertThat(stopped.code()).isEqualTo(CloseCodes.UNAUTHORIZED));
        assertThat(listener.awaitDisconnected().code()).isEqualTo(CloseCodes.UNAUTHORIZED);
        assertThat(bridge.authorizations()).isEmpty();
    }

    @Test
    void aFreshTokenTheBridgeRefusesAfterA4401StopsTheClient() throws Exception {
        var tokens = new ArrayDeque<>(List.of("token-1", ScriptedBridge.EXPIRED_TOKEN));
        client = TestClients.client(bridge, listener, () -> tokens.size() > 1 ? tokens.poll() : tokens.peek());
        client.connect().get(10, SECONDS);
        listener.awaitConnected();

        bridge.awaitConnection().close(CloseCodes.UNAUTHORIZED, "token expired");

        assertThat(listener.awaitDisconnected().code()).isEqualTo(CloseCodes.UNAUTHORIZED);
        assertThat(listener.awaitDisconnected().code()).isEqualTo(CloseCodes.UNAUTHORIZED); // the refused handshake
        assertThat(bridge.authorizations()).containsExactly("Bearer token-1");
        Thread.sleep(300); // several reconnect delays of the quick policy
        assertThat(bridge.nextConnectionIfAny()).isNull();
        assertThat(listener.rest()).isEmpty();
    }

    @Test
    void theSameTokenIsNotOfferedAgainAfterA4401() throws Exception {
        client = TestClients.client(bridge, listener, () -> "token-1");
        client.connect().get(10, SECONDS);
        listener.awaitConnected();

        bridge.awaitConnection().close(CloseCodes.UNAUTHORIZED, "token revoked: sign in again");

        assertThat(listener.awaitDisconnected().code()).isEqualTo(CloseCodes.UNAUTHORIZED);
        assertThat(listener.awaitDisconnected().code()).isEqualTo(CloseCodes.UNAUTHORIZED);
        Thread.sleep(300);
        assertThat(bridge.nextConnectionIfAny()).isNull();
        assertThat(bridge.authorizations()).containsExactly("Bearer token-1");

        client.connect().get(10, SECONDS); // the user's own connect lets the bridge decide again
        listener.awaitConnected();
        assertThat(bridge.authorizations()).containsExactly("Bearer token-1", "Bearer token-1");
    }

    @Test
    void signalsWithoutAConnectionFailAtOnce() {
        client = TestClients.client(bridge, listener, () -> "token-1");

        assertThatThrownBy(() -> client.typing(conversation, true).get(10, SECONDS))
                .cause().isInstanceOf(NotConnectedException.class);
        assertThatThrownBy(() -> client.ping().get(10, SECONDS)).cause().isInstanceOf(NotConnectedException.class);
    }

    private BridgeConnection connect() throws Exception {
        client = TestClients.client(bridge, listener, () -> "token-1");
        client.connect().get(10, SECONDS);
        listener.awaitConnected();
        return bridge.awaitConnection();
    }
}
