package io.lifeline.client;

import static io.lifeline.client.Frames.messageSent;
import static io.lifeline.client.Frames.subscribed;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.contracts.protocol.ErrorFrame;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ResumeTest {
    private final ConversationId conversation = ConversationId.random();
    private final RecordingListener listener = new RecordingListener();
    private final AtomicInteger tokens = new AtomicInteger();
    private ScriptedBridge bridge;
    private LifelineClient client;

    @BeforeEach
    void startBridge() throws Exception {
        bridge = ScriptedBridge.start();
        client = TestClients.client(bridge, listener, () -> "token-" + tokens.incrementAndGet());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        bridge.close();
    }

    @ParameterizedTest(name = "close {0}")
    @ValueSource(ints = {CloseCodes.RESUME, 1001, 1011})
    void afterAResumeCloseTheClientReconnectsResubscribesFromTheLastSequenceAndResendsPendingSends(int code)
            throws Exception {
        BridgeConnection first = connect();
        client.subscribeInbox();
        client.subscribe(conversation);
        first.awaitFrame("subscribe-inbox");
        first.awaitFrame("subscribe");
        for (long sequence = 0; sequence <= 2; sequence++) {
            first.send(messageSent(conversation, sequence));
        }
        first.send(subscribed(conversation, 2));
        assertThat(listener.awaitSequences(3)).containsExactly(0L, 1L, 2L);
        listener.awaitSubscribed();
        CompletableFuture<AckFrame> sent = client.send(conversation, "are you there?");
        String clientId = first.awaitFrame("send").path("clientId").asString();

        first.close(code, "resume elsewhere");

        assertThat(listener.awaitDisconnected().code()).isEqualTo(code);
        BridgeConnection second = bridge.awaitConnection();
        listener.awaitConnected();
        List<JsonNode> resumed = List.of(second.awaitFrame(), second.awaitFrame(), second.awaitFrame());
        assertThat(resumed).extracting(frame -> frame.path("type").asString())
                .containsExactly("subscribe-inbox", "subscribe", "send");
        assertThat(resumed.get(1).path("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(resumed.get(1).path("after").asLong()).isEqualTo(2);
        assertThat(resumed.get(2).path("clientId").asString()).isEqualTo(clientId);
        assertThat(bridge.authorizations()).containsExactly("Bearer token-1", "Bearer token-2");

        second.send(messageSent(conversation, 2));
        second.send(messageSent(conversation, 3));
        second.send(subscribed(conversation, 3));
        var ack = new AckFrame(new ClientMessageId(clientId), conversation, MessageId.random(), 3, true);
        second.send(ack);
        assertThat(listener.awaitEvent().sequence()).isEqualTo(3);
        assertThat(listener.awaitSubscribed().through()).isEqualTo(3);
        assertThat(sent.get(10, SECONDS)).isEqualTo(ack);
    }

    @Test
    void afterAnExpiredTokenTheClientReconnectsWithAFreshTokenResubscribesAndResends() throws Exception {
        BridgeConnection first = connect();
        client.subscribe(conversation);
        first.awaitFrame("subscribe");
        first.send(messageSent(conversation, 0));
        first.send(subscribed(conversation, 0));
        listener.awaitEvent();
        listener.awaitSubscribed();
        CompletableFuture<AckFrame> sent = client.send(conversation, "still there?");
        String clientId = first.awaitFrame("send").path("clientId").asString();

        first.close(CloseCodes.UNAUTHORIZED, "token expired");

        assertThat(listener.awaitDisconnected()).isEqualTo(
                new RecordingListener.Disconnect(CloseCodes.UNAUTHORIZED, "token expired"));
        BridgeConnection second = bridge.awaitConnection();
        listener.awaitConnected();
        assertThat(bridge.authorizations()).containsExactly("Bearer token-1", "Bearer token-2");
        assertThat(second.awaitFrame("subscribe").path("after").asLong()).isZero();
        assertThat(second.awaitFrame("send").path("clientId").asString()).isEqualTo(clientId);
        var ack = new AckFrame(new ClientMessageId(clientId), conversation, MessageId.random(), 1, false);
        second.send(ack);
        assertThat(sent.get(10, SECONDS)).isEqualTo(ack);
    }

    @Test
    void afterAPolicyViolationTheClientWaitsToBeToldToConnectAgain() throws Exception {
        int code = 1008;
        BridgeConnection first = connect();
        client.subscribe(conversation);
        first.awaitFrame("subscribe");
        first.send(messageSent(conversation, 0));
        first.send(subscribed(conversation, 0));
        listener.awaitEvent();
        listener.awaitSubscribed();
        CompletableFuture<AckFrame> sent = client.send(conversation, "kept for later");
        String clientId = first.awaitFrame("send").path("clientId").asString();

        first.close(code, "policy violation");

        assertThat(listener.awaitDisconnected()).isEqualTo(new RecordingListener.Disconnect(code, "policy violation"));
        Thread.sleep(10 * TestClients.QUICK.maxDelay().toMillis()); // ten reconnects' worth of waiting
        assertThat(bridge.nextConnectionIfAny()).isNull();
        assertThat(sent).isNotDone();

        client.connect().get(10, SECONDS);
        BridgeConnection second = bridge.awaitConnection();
        var subscribe = second.awaitFrame("subscribe");
        assertThat(subscribe.path("after").asLong()).isZero();
        assertThat(second.awaitFrame("send").path("clientId").asString()).isEqualTo(clientId);
        assertThat(bridge.authorizations()).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void aSubscribeTheBridgeRefusedIsNotAskedForAgain() throws Exception {
        ConversationId forbidden = ConversationId.random();
        BridgeConnection first = connect();
        client.subscribe(forbidden);
        client.subscribe(conversation);
        first.awaitFrame("subscribe");
        first.awaitFrame("subscribe");

        first.send(new ErrorFrame("forbidden", "not yours", forbidden, null));
        assertThat(listener.await("Error", ErrorFrame.class).conversationId()).isEqualTo(forbidden);
        first.close(CloseCodes.RESUME, "resume");

        listener.awaitDisconnected();
        BridgeConnection second = bridge.awaitConnection();
        assertThat(second.awaitFrame("subscribe").path("conversationId").asString()).isEqualTo(conversation.toString());
        TestClients.roundTrip(client, second);
    }

    @Test
    void closeEndsTheClientForGood() throws Exception {
        BridgeConnection first = connect();
        CompletableFuture<AckFrame> sent = client.send(conversation, "never acked");
        first.awaitFrame("send");

        client.close();

        assertThatThrownBy(() -> sent.get(10, SECONDS)).cause().isInstanceOf(ClientStoppedException.class);
        assertThat(listener.awaitDisconnected().code()).isEqualTo(1000);
        assertThatThrownBy(() -> client.connect().get(10, SECONDS)).cause().isInstanceOf(ClientStoppedException.class);
        assertThatThrownBy(() -> client.send(conversation, "after close").get(10, SECONDS)).cause()
                .isInstanceOf(ClientStoppedException.class);
        assertThat(listener.rest()).isEmpty();
        assertThat(bridge.nextConnectionIfAny()).isNull();
    }

    private BridgeConnection connect() throws Exception {
        client.connect().get(10, SECONDS);
        listener.awaitConnected();
        return bridge.awaitConnection();
    }
}
