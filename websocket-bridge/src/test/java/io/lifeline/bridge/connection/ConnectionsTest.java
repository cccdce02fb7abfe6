package io.lifeline.bridge.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionsTest {
    private static final Caller DEVICE = new Caller("d-1", "device", List.of("DEVICE"), "token", null, null, null);
    private final Connections connections = new Connections(List.of());

    @Test
    void shuttingDownTellsEveryOpenClientToReconnect() {
        var phone = new HeldTransport();
        var browser = new HeldTransport();
        connections.start();
        connections.opened(new Connection(DEVICE, phone, 8));
        connections.opened(new Connection(DEVICE, browser, 8));

        connections.stop();

        assertThat(phone.closeCodes()).containsExactly(1001);
        assertThat(browser.closeCodes()).containsExactly(1001);
        assertThat(connections.isRunning()).isFalse();
    }
}
