package io.lifeline.client;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.ErrorFrame;
import io.lifeline.contracts.protocol.SendFrame;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendTest {
    private final ConversationId conversation = ConversationId.random();
    private final RecordingListener listener = new RecordingListener();
    private ScriptedBridge bridge;
    private LifelineClient client;

    @BeforeEach
    void startBridge() throws Exception {
        bridge = ScriptedBridge.start();
        client = TestClients.client(bridge, listener, () -> "token-1");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        bridge.close();
    }

    @Test
    void aSendCarriesANewClientIdAndCompletesWithItsAck() throws Exception {
        BridgeConnection connection = connect();

        CompletableFuture<AckFrame> sent = client.send(conversation, "hello");

        var frame = connection.awaitFrame("send");
        String clientId = frame.path("clientId").asString();
        assertThat(clientId).matches("[A-Za-z0-9._:-]{1,64}");
        assertThat(frame.path("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(frame.path("content").path("kind").asString()).isEqualTo("TEXT");
        assertThat(frame.path("content").path("body").asString()).isEqualTo("hello");
        var ack = new AckFrame(new ClientMessageId(clientId), conversation, MessageId.random(), 7, false);
        connection.send(ack);
        assertThat(sent.get(10, SECONDS)).isEqualTo(ack);
    }

    @Test
    void eachSendGetsItsOwnClientId() throws Exception {
        BridgeConnection connection = connect();

        client.send(conversation, "one");
        client.send(conversation, "two");

        assertThat(connection.awaitFrame("send").path("clientId").asString())
                .isNotEqualTo(connection.awaitFrame("send").path("clientId").asString());
    }

    @Test
    void aClientIdTheCallerChoseIsSentAsItIs() throws Exception {
        BridgeConnection connection = connect();
        var clientId = new ClientMessageId("phone-7:draft.42");

        client.send(new SendFrame(clientId, conversation, MessageContent.text("on my way"), null, true));

        var frame = connection.awaitFrame("send");
        assertThat(frame.path("clientId").asString()).isEqualTo("phone-7:draft.42");
        assertThat(frame.path("urgent").asBoolean()).isTrue();
    }

    @Test
    void anErrorFrameFailsTheMatchingSendWithItsCode() throws Exception {
        BridgeConnection connection = connect();
        CompletableFuture<AckFrame> other = client.send(conversation, "still waiting");
        CompletableFuture<AckFrame> refused = client.send(conversation, "too late");
        connection.awaitFrame("send");
        var clientId = new ClientMessageId(connection.awaitFrame("send").path("clientId").asString());

        connection.send(new ErrorFrame("conversation-closed", "the conversation is closed", conversation, clientId));

        assertThatThrownBy(() -> refused.get(10, SECONDS)).cause()
                .isInstanceOfSatisfying(FrameRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("conversation-closed");
                    assertThat(e.error().clientId()).isEqualTo(clientId);
                });
        TestClients.roundTrip(client, connection);
        assertThat(other).isNotDone();
        assertThat(listener.rest()).isEmpty(); // the future carried the error, not the listener
    }

    @Test
    void aSendMadeBeforeConnectingGoesOutOnceConnected() throws Exception {
        CompletableFuture<AckFrame> sent = client.send(conversation, "queued");

        BridgeConnection connection = connect();

        var clientId = new ClientMessageId(connection.awaitFrame("send").path("clientId").asString());
        connection.send(new AckFrame(clientId, conversation, MessageId.random(), 3, false));
        assertThat(sent.get(10, SECONDS).sequence()).isEqualTo(3);
    }

    @Test
    void sendingAPendingClientIdAgainWaitsForTheSameAck() throws Exception {
        BridgeConnection connection = connect();
        var clientId = new ClientMessageId("c-1");

        CompletableFuture<AckFrame> first = client.send(clientId, conversation, MessageContent.text("hi"));
        CompletableFuture<AckFrame> again = client.send(clientId, conversation, MessageContent.text("hi"));

        connection.awaitFrame("send");
        TestClients.roundTrip(client, connection); // no second send frame came before the ping
        var ack = new AckFrame(clientId, conversation, MessageId.random(), 1, false);
        connection.send(ack);
        assertThat(first.get(10, SECONDS)).isEqualTo(ack);
        assertThat(again.get(10, SECONDS)).isEqualTo(ack);
    }

    @Test
    void aRateLimitedSendGoesOutAgainAfterThePauseUnderTheSameClientId() throws Exception {
        BridgeConnection connection = connect();
        CompletableFuture<AckFrame> sent = client.send(conversation, "slowly");
        var clientId = new ClientMessageId(connection.awaitFrame("send").path("clientId").asString());

        long dropped = System.nanoTime();
        connection.send(ErrorFrame.rateLimited("too many frames from this device; try again in 1 s", 1, conversation,
                clientId));

        var again = connection.awaitFrame("send");
        assertThat(Duration.ofNanos(System.nanoTime() - dropped)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(again.path("clientId").asString()).isEqualTo(clientId.value());
        assertThat(again.path("content").path("body").asString()).isEqualTo("slowly");
        assertThat(sent).isNotDone();
        var ack = new AckFrame(clientId, conversation, MessageId.random(), 4, false);
        connection.send(ack);
        assertThat(sent.get(10, SECONDS)).isEqualTo(ack);
        assertThat(listener.rest()).isEmpty(); // the pause was the client's business, not the listener's
    }

    @Test
    void aSendTheCommandSideCouldNotAnswerGoesOutAgainUnderTheSameClientId() throws Exception {
        BridgeConnection connection = connect();
        CompletableFuture<AckFrame> sent = client.send(conversation, "are you there?");
        var clientId = new ClientMessageId(connection.awaitFrame("send").path("clientId").asString());

        connection.send(new ErrorFrame(ErrorFrame.UNAVAILABLE, "try again: the service is not reachable now", conversation,
                clientId));

        var again = connection.awaitFrame("send");
        assertThat(again.path("clientId").asString()).isEqualTo(clientId.value());
        assertThat(sent).isNotDone();
        var ack = new AckFrame(clientId, conversation, MessageId.random(), 2, true);
        connection.send(ack);
        assertThat(sent.get(10, SECONDS)).isEqualTo(ack);
        assertThat(listener.rest()).isEmpty();
    }

    @Test
    void theSendersOwnEventMayComeBeforeOrAfterItsAck() throws Exception {
        BridgeConnection connection = connect();
        client.subscribe(conversation);
        connection.awaitFrame("subscribe");
        connection.send(Frames.subscribed(conversation, 0));
        listener.awaitSubscribed();

        CompletableFuture<AckFrame> eventFirst = client.send(conversation, "event first");
        var firstId = new ClientMessageId(connection.awaitFrame("send").path("clientId").asString());
        connection.send(Frames.messageSent(conversation, 1));
        connection.send(new AckFrame(firstId, conversation, MessageId.random(), 1, false));
        CompletableFuture<AckFrame> ackFirst = client.send(conversation, "ack first");
        var secondId = new ClientMessageId(connection.awaitFrame("send").path("clientId").asString());
        connection.send(new AckFrame(secondId, conversation, MessageId.random(), 2, false));
        connection.send(Frames.messageSent(conversation, 2));

        assertThat(eventFirst.get(10, SECONDS).sequence()).isEqualTo(1);
        assertThat(ackFirst.get(10, SECONDS).sequence()).isEqualTo(2);
        assertThat(listener.awaitSequences(2)).containsExactly(1L, 2L);
    }

    private BridgeConnection connect() throws Exception {
        client.connect().get(10, SECONDS);
        listener.awaitConnected();
        return bridge.awaitConnection();
    }
}
