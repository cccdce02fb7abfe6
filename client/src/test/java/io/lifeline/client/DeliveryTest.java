package io.lifeline.client;

import static io.lifeline.client.Frames.messageSent;
import static io.lifeline.client.Frames.subscribed;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.ErrorFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private final ConversationId conversation = ConversationId.random();
    private final RecordingListener listener = new RecordingListener();
    private ScriptedBridge bridge;
    private LifelineClient client;
    private BridgeConnection connection;

    @BeforeEach
    void connect() throws Exception {
        bridge = ScriptedBridge.start();
        client = TestClients.client(bridge, listener, () -> "token-1");
        client.connect().get(10, SECONDS);
        listener.awaitConnected();
        connection = bridge.awaitConnection();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        bridge.close();
    }

    @Test
    void aFirstSubscribeAsksForTheWholeConversation() throws Exception {
        client.subscribe(conversation);

        var subscribe = connection.awaitFrame("subscribe");
        assertThat(subscribe.path("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(subscribe.path("after").asLong()).isEqualTo(-1);
    }

    @Test
    void aSubscribeAfterASequenceAsksFromThere() throws Exception {
        client.subscribe(conversation, 41);

        assertThat(connection.awaitFrame("subscribe").path("after").asLong()).isEqualTo(41);
    }

    @Test
    void duplicatesAndSequencesAlreadySeenAreDropped() throws Exception {
        client.subscribe(conversation);
        connection.awaitFrame("subscribe");

        for (long sequence : new long[] {0, 1, 1, 0, 2}) {
            connection.send(messageSent(conversation, sequence));
        }
        connection.send(subscribed(conversation, 2));
        connection.send(messageSent(conversation, 2));
        connection.send(messageSent(conversation, 1));
        connection.send(messageSent(conversation, 3));

        assertThat(listener.awaitSequences(3)).containsExactly(0L, 1L, 2L);
        assertThat(listener.awaitSubscribed().through()).isEqualTo(2);
        assertThat(listener.awaitEvent().sequence()).isEqualTo(3);
        assertThat(listener.rest()).isEmpty();
    }

    @Test
    void aLiveEventThatOvertakesTheHistoryWaitsForIt() throws Exception {
        client.subscribeInbox();
        client.subscribe(conversation, 2);
        connection.awaitFrame("subscribe-inbox");
        connection.awaitFrame("subscribe");

        connection.send(messageSent(conversation, 5)); // live, through the inbox
        connection.send(messageSent(conversation, 3));
        connection.send(messageSent(conversation, 4));
        connection.send(subscribed(conversation, 4));

        assertThat(listener.awaitSequences(3)).containsExactly(3L, 4L, 5L);
        listener.awaitSubscribed();
        connection.send(messageSent(conversation, 5));
        connection.send(messageSent(conversation, 6));
        assertThat(listener.awaitEvent().sequence()).isEqualTo(6);
    }

    @Test
    void eventsSeenOnlyInTheInboxDoNotSkipTheHistoryOfALaterSubscribe() throws Exception {
        client.subscribeInbox();
        connection.awaitFrame("subscribe-inbox");
        connection.send(messageSent(conversation, 7));
        connection.send(messageSent(conversation, 7));
        connection.send(messageSent(conversation, 8));
        assertThat(listener.awaitSequences(2)).containsExactly(7L, 8L);

        client.subscribe(conversation);

        assertThat(connection.awaitFrame("subscribe").path("after").asLong()).isEqualTo(-1);
    }

    @Test
    void aSubscribeAfterAnUnsubscribeResumesWhereItWas() throws Exception {
        client.subscribe(conversation);
        connection.awaitFrame("subscribe");
        connection.send(messageSent(conversation, 0));
        connection.send(messageSent(conversation, 1));
        connection.send(subscribed(conversation, 1));
        listener.awaitSequences(2);
        listener.awaitSubscribed();

        client.unsubscribe(conversation);
        client.subscribe(conversation);

        assertThat(connection.awaitFrame("unsubscribe").path("conversationId").asString())
                .isEqualTo(conversation.toString());
        assertThat(connection.awaitFrame("subscribe").path("after").asLong()).isEqualTo(1);
    }

    @Test
    void aSubscribeAlreadyMadeIsNotRepeated() throws Exception {
        client.subscribe(conversation);
        client.subscribe(conversation);
        client.ping();

        connection.awaitFrame("subscribe");
        connection.awaitFrame("ping");
    }

    @Test
    void anErrorAboutNoSendReachesTheListener() throws Exception {
        var error = new ErrorFrame("invalid-frame", "typing needs a conversation", null, null);

        connection.send(error);

        assertThat(listener.await("Error", ErrorFrame.class)).isEqualTo(error);
    }
}
