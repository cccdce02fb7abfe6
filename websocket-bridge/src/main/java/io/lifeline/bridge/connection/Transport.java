package io.lifeline.bridge.connection;

/** How frames reach one client: WebSocket or server-sent events. */
public interface Transport {
    /** Sends one frame without blocking the caller; exactly one of the callbacks runs when it is written. */
    void send(String frame, Runnable written, java.util.function.Consumer<Throwable> failed);

    /** Ends the connection, telling the client why (a WebSocket close code). */
    void close(int code, String reason);

    /** Checks the connection is alive (a WebSocket ping); a transport without pings does nothing. */
    void ping();

    /** Whether the client answers pings, so that silence means the connection is dead. */
    default boolean answersPings() {
        return true;
    }
}
