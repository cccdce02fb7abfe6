package io.lifeline.client;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.contracts.protocol.PongFrame;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.protocol.ServerFrame;
import io.lifeline.contracts.protocol.SubscribeFrame;
import io.lifeline.contracts.protocol.SubscribeInboxFrame;
import io.lifeline.contracts.protocol.UnsubscribeFrame;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The client's state and how it moves: connect, resume on every new connection, reconnect after a loss,
 * stop when told to. Runs only on the event loop, so nothing here is shared between threads.
 */
final class Session implements Connection.Events {
    private static final System.Logger LOG = System.getLogger(Session.class.getName());

    private enum State {
        /** Not connecting: never started, or stopped by the bridge (a later connect resumes). */
        IDLE,
        /** Connected, connecting or waiting to reconnect. */
        RUNNING,
        /** Closed by the user, for good. */
        CLOSED
    }

    private final Dialer dialer;
    private final ReconnectPolicy reconnect;
    private final EventLoop loop;
    private final FrameCodec codec = new FrameCodec();
    private final ClientListener listener;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ResumePositions positions = new ResumePositions();
    private final PendingSends sends = new PendingSends();
    private final PendingPings pings = new PendingPings();
    private final Inbound inbound;

    private State state = State.IDLE;
    /** The attempt under way or the open connection; null while waiting to reconnect or stopped. */
    private Connection connection;
    private boolean open;
    private int failures;
    private CompletableFuture<Void> connected = new CompletableFuture<>();

    Session(Dialer dialer, ReconnectPolicy reconnect, EventLoop loop, ClientListener listener) {
        this.dialer = dialer;
        this.reconnect = reconnect;
        this.loop = loop;
        this.listener = new GuardedListener(listener);
        this.inbound = new Inbound(this.listener, subscriptions, positions, sends, pings, this::resendLater);
    }

    CompletableFuture<Void> connect() {
        if (state == State.CLOSED) {
            return CompletableFuture.failedFuture(closed());
        }
        if (state == State.IDLE) {
            state = State.RUNNING;
            failures = 0;
            dialer.forgetRefusedToken();
            if (connected.isDone()) {
                connected = new CompletableFuture<>();
            }
            dial();
        }
        return connected.copy();
    }

    void close() {
        if (state == State.CLOSED) {
            return;
        }
        boolean wasOpen = open;
        state = State.CLOSED;
        if (connection != null) {
            connection.close(CloseDecision.NORMAL, "client closed");
        }
        connection = null;
        open = false;
        ClientStoppedException stopped = closed();
        sends.failAll(stopped);
        pings.failAll(stopped);
        connected.completeExceptionally(stopped);
        if (wasOpen) {
            listener.onDisconnected(CloseDecision.NORMAL, stopped.reason());
        }
    }

    void subscribe(ConversationId conversation, Long after) {
        if (state == State.CLOSED) {
            return;
        }
        if (after == null) {
            positions.track(conversation);
        } else {
            positions.resetTo(conversation, after);
        }
        if (subscriptions.add(conversation) || after != null) {
            askFor(conversation);
        }
    }

    void unsubscribe(ConversationId conversation) {
        subscriptions.remove(conversation);
        if (open) {
            connection.write(new UnsubscribeFrame(conversation));
        }
    }

    void subscribeInbox() {
        if (!subscriptions.inbox()) {
            subscriptions.subscribeInbox();
            if (open) {
                connection.write(new SubscribeInboxFrame());
            }
        }
    }

    CompletableFuture<AckFrame> send(SendFrame frame) {
        if (state == State.CLOSED) {
            return CompletableFuture.failedFuture(closed());
        }
        boolean first = !sends.contains(frame.clientId());
        CompletableFuture<AckFrame> ack = sends.add(frame);
        if (first && open) {
            connection.write(frame);
        }
        return ack;
    }

    /** Typing and receipts: written now or not at all, as they mean nothing later. */
    CompletableFuture<Void> signal(ClientFrame frame) {
        return open ? connection.write(frame) : CompletableFuture.failedFuture(notConnected());
    }

    CompletableFuture<PongFrame> ping() {
        if (!open) {
            return CompletableFuture.failedFuture(notConnected());
        }
        CompletableFuture<PongFrame> pong = new CompletableFuture<>();
        connection.write(pings.ping(pong));
        return pong;
    }

    @Override
    public void opened(Connection opened) {
        if (opened != connection || state != State.RUNNING) {
            opened.close(CloseDecision.NORMAL, "not needed");
            return;
        }
        open = true;
        failures = 0;
        if (subscriptions.inbox()) {
            connection.write(new SubscribeInboxFrame());
        }
        subscriptions.conversations().forEach(this::askFor);
        sends.frames().forEach(connection::write);
        listener.onConnected();
        connected.complete(null);
    }

    @Override
    public void received(Connection from, ServerFrame frame) {
        if (from == connection && open) {
            inbound.handle(frame);
        }
    }

    @Override
    public void ended(Connection ended, int code, String reason) {
        if (ended != connection) {
            return; // an attempt or connection already given up
        }
        boolean wasOpen = open;
        connection = null;
        open = false;
        ended.abort();
        subscriptions.connectionEnded();
        pings.failAll(new NotConnectedException("the connection ended before the pong: " + code));
        if (state != State.RUNNING) {
            return;
        }
        boolean again = CloseDecision.reconnects(code, wasOpen);
        if (again && code == CloseCodes.UNAUTHORIZED) {
            dialer.lastTokenRefused(); // the next attempt asks the supplier for a token, and only a new one will do
        }
        if (wasOpen || !again) {
            listener.onDisconnected(code, reason);
        }
        if (again) {
            Duration delay = reconnect.delayAfter(failures++);
            LOG.log(System.Logger.Level.DEBUG, "connection ended ({0}: {1}); reconnecting in {2}", code, reason, delay);
            loop.schedule(this::redial, delay);
        } else {
            LOG.log(System.Logger.Level.INFO, "stopped by the bridge ({0}: {1})", code, reason);
            state = State.IDLE;
            connected.completeExceptionally(new ClientStoppedException(code, reason));
        }
    }

    /**
     * A send the bridge dropped as rate-limited goes out again, under the same client id, once the pause
     * it named is over. A reconnect in between resends it anyway, so only the connection it was dropped
     * on resends it here.
     */
    private void resendLater(ClientMessageId clientId, Duration pause) {
        Connection droppedOn = connection;
        LOG.log(System.Logger.Level.DEBUG, "send {0} rate-limited; sending it again in {1}", clientId, pause);
        loop.schedule(() -> {
            if (open && connection == droppedOn) {
                sends.frame(clientId).ifPresent(connection::write);
            }
        }, pause);
    }

    private void dial() {
        Connection attempt = new Connection(codec, loop, this);
        connection = attempt;
        dialer.dial(attempt).whenCompleteAsync((socket, failure) -> {
            if (failure != null) {
                ended(attempt, CloseDecision.codeOf(failure), String.valueOf(failure));
            }
        }, loop);
    }

    private void redial() {
        if (state == State.RUNNING && connection == null) {
            dial();
        }
    }

    private void askFor(ConversationId conversation) {
        if (open) {
            subscriptions.backfillStarted(conversation);
            connection.write(new SubscribeFrame(conversation, positions.after(conversation)));
        }
    }

    private static ClientStoppedException closed() {
        return new ClientStoppedException(CloseDecision.NORMAL, "closed by the client");
    }

    private static NotConnectedException notConnected() {
        return new NotConnectedException("no connection to the bridge is open");
    }
}
