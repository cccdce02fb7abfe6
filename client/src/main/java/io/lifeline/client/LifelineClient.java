package io.lifeline.client;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.PongFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A connection to the Lifeline bridge that survives losing it. Subscriptions are remembered and, after
 * every reconnect, asked for again from the last sequence handed to the listener, so the listener sees
 * each event once and in order; sends stay pending until acknowledged and are resent under the same
 * client id, which the bridge stores once; a send the bridge drops as {@code rate-limited} goes out again,
 * under the same client id, after the pause the error names. The client reconnects after a loss, a 4008
 * (resume) or a 1001 (going away), with exponential back-off, and after a 4401 (the token expired or was
 * revoked) with a fresh token from the token supplier. It stops when the handshake is refused (HTTP 401,
 * or the supplier still returns the token the 4401 was for: get a new token, then call
 * {@link #connect()} again) and on 1008, and for good on {@link #close()}.
 *
 * <p>Thread safe: every method may be called from any thread, returns at once, and takes effect in
 * call order on the client's own event thread, where {@link ClientListener} callbacks and the
 * completion of the returned futures run too.
 *
 * <pre>{@code
 * LifelineClient client = LifelineClient.builder()
 *         .uri(URI.create("wss://chat.example.org/ws"))
 *         .token(tokens::current)
 *         .listener(listener)
 *         .build();
 * client.connect().join();
 * client.subscribe(conversationId);
 * client.send(conversationId, "hello").thenAccept(ack -> show(ack.sequence()));
 * }</pre>
 */
public final class LifelineClient implements AutoCloseable {
    private final EventLoop loop;
    private final Session session;

    private LifelineClient(Builder builder) {
        HttpClient http = builder.http != null ? builder.http : HttpClient.newHttpClient();
        loop = new EventLoop();
        session = new Session(new Dialer(builder.uri, builder.token, http, builder.connectTimeout), builder.reconnect,
                loop, builder.listener);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts connecting, or after a stop by the bridge (4401, 1008) starts again with what was subscribed
     * and pending. Completes when a connection is open; attempts that fail are retried, so it completes
     * exceptionally only with a {@link ClientStoppedException}.
     */
    public CompletableFuture<Void> connect() {
        return loop.call(session::connect);
    }

    /** Subscribes to a conversation: its whole history, or what follows the events already handed on. */
    public void subscribe(ConversationId conversation) {
        Objects.requireNonNull(conversation, "conversation");
        loop.execute(() -> session.subscribe(conversation, null));
    }

    /**
     * Subscribes to a conversation after a sequence the caller already holds (-1 for the whole
     * conversation), for a caller that keeps events itself; events after it are handed on even if this
     * client handed them on before.
     */
    public void subscribe(ConversationId conversation, long afterSequence) {
        Objects.requireNonNull(conversation, "conversation");
        if (afterSequence < ResumePositions.NOTHING) {
            throw new IllegalArgumentException("afterSequence is a sequence (0 or more) or -1 for the whole conversation");
        }
        loop.execute(() -> session.subscribe(conversation, afterSequence));
    }

    /** Stops a conversation's events; a later {@link #subscribe(ConversationId)} resumes where it was. */
    public void unsubscribe(ConversationId conversation) {
        Objects.requireNonNull(conversation, "conversation");
        loop.execute(() -> session.unsubscribe(conversation));
    }

    /** Staff only: the live events of every conversation, for an inbox. */
    public void subscribeInbox() {
        loop.execute(session::subscribeInbox);
    }

    /** Sends a text message under a new client id. */
    public CompletableFuture<AckFrame> send(ConversationId conversation, String text) {
        return send(conversation, MessageContent.text(text));
    }

    /** Sends a message under a new client id. */
    public CompletableFuture<AckFrame> send(ConversationId conversation, MessageContent content) {
        return send(newClientId(), conversation, content);
    }

    /** Sends a message under a client id the caller chose, for example one it kept across a restart. */
    public CompletableFuture<AckFrame> send(ClientMessageId clientId, ConversationId conversation,
                                            MessageContent content) {
        return send(new SendFrame(clientId, conversation, content, null, false));
    }

    /**
     * Sends a message frame as it is (reply, urgency, own client id). The future completes with the ack,
     * however many reconnects and rate-limit pauses that takes; it fails with a
     * {@link FrameRefusedException} when the bridge refuses the message (any code but
     * {@code rate-limited}, which is retried), or a {@link ClientStoppedException} on {@link #close()}. Sending a client id
     * that is still pending returns the future of its first send.
     */
    public CompletableFuture<AckFrame> send(SendFrame frame) {
        Objects.requireNonNull(frame, "frame");
        return loop.call(() -> session.send(frame));
    }

    /**
     * Tells the others whether this user is typing. Written now or not at all: fails with a
     * {@link NotConnectedException} while disconnected, like {@link #delivered} and {@link #read}.
     */
    public CompletableFuture<Void> typing(ConversationId conversation, boolean typing) {
        return signal(new TypingFrame(conversation, null, typing));
    }

    /** Records that this device received every message of the conversation up to a sequence. */
    public CompletableFuture<Void> delivered(ConversationId conversation, long upToSequence) {
        return signal(new DeliveredFrame(conversation, upToSequence));
    }

    /** Records that this user read every message of the conversation up to a sequence. */
    public CompletableFuture<Void> read(ConversationId conversation, long upToSequence) {
        return signal(new ReadFrame(conversation, upToSequence));
    }

    /** Asks the bridge for a pong: completes with it, or fails if the connection ends first. */
    public CompletableFuture<PongFrame> ping() {
        return loop.call(session::ping);
    }

    /** A new client id for a send: a random UUID, which fits {@code [A-Za-z0-9._:-]{1,64}}. */
    public static ClientMessageId newClientId() {
        return new ClientMessageId(UUID.randomUUID().toString());
    }

    /**
     * Closes the connection and the client for good: pending sends and pings fail with a
     * {@link ClientStoppedException}, and {@link ClientListener#onDisconnected} is the last callback.
     * Returns at once.
     */
    @Override
    public void close() {
        loop.execute(session::close);
    }

    private CompletableFuture<Void> signal(ClientFrame frame) {
        return loop.call(() -> session.signal(frame));
    }

    /** Settings of a {@link LifelineClient}; {@link #uri} and {@link #token} are required. */
    public static final class Builder {
        private URI uri;
        private Supplier<String> token;
        private ClientListener listener = new ClientListener() {
        };
        private ReconnectPolicy reconnect = ReconnectPolicy.defaults();
        private HttpClient http;
        private Duration connectTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** The bridge's endpoint, {@code ws://host:port/ws} or {@code wss://host/ws}. */
        public Builder uri(URI uri) {
            Objects.requireNonNull(uri, "uri");
            if (!"ws".equalsIgnoreCase(uri.getScheme()) && !"wss".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("the bridge's uri starts with ws:// or wss://");
            }
            this.uri = uri;
            return this;
        }

        /**
         * The bearer token (a JWT), asked for on every connection attempt on the client's event thread:
         * return a current token quickly, refreshing elsewhere. After the bridge closed a connection
         * with 4401 (a staff access token lives 10 minutes) the client reconnects only if the supplier
         * then returns a different token.
         */
        public Builder token(Supplier<String> token) {
            this.token = Objects.requireNonNull(token, "token");
            return this;
        }

        public Builder listener(ClientListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Back-off between reconnects; {@link ReconnectPolicy#defaults()} unless set. */
        public Builder reconnect(ReconnectPolicy reconnect) {
            this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
            return this;
        }

        /** The JDK client to connect with (proxy, TLS); a new default one unless set. */
        public Builder httpClient(HttpClient http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        /** How long one opening handshake may take; 10 s unless set. */
        public Builder connectTimeout(Duration connectTimeout) {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new IllegalArgumentException("connectTimeout must be positive");
            }
            this.connectTimeout = connectTimeout;
            return this;
        }

        public LifelineClient build() {
            if (uri == null || token == null) {
                throw new IllegalStateException("a client needs the bridge's uri and a token supplier");
            }
            return new LifelineClient(this);
        }
    }
}
