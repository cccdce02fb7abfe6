package io.lifeline.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.protocol.CloseCodes;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloseDecisionTest {

    @ParameterizedTest
    @ValueSource(ints = {CloseCodes.RESUME, 1000, 1001, 1006, 1011, 1012, 1013, 4999})
    void theClientReconnectsAfterALossOrAResume(int code) {
        assertThat(CloseDecision.reconnects(code, true)).isTrue();
        assertThat(CloseDecision.reconnects(code, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1008, 1002, 1003, 1007, 1009})
    void theClientStopsWhenTheSameAttemptWouldBeRefusedAgain(int code) {
        assertThat(CloseDecision.reconnects(code, true)).isFalse();
        assertThat(CloseDecision.reconnects(code, false)).isFalse();
    }

    @Test
    void anExpiredTokenOnAnOpenConnectionIsReplacedButARefusedHandshakeStops() {
        assertThat(CloseDecision.reconnects(CloseCodes.UNAUTHORIZED, true)).isTrue();
        assertThat(CloseDecision.reconnects(CloseCodes.UNAUTHORIZED, false)).isFalse();
    }

    @Test
    void aTokenTheBridgeClosedAConnectionForCountsAsRefused() {
        assertThat(CloseDecision.codeOf(new Dialer.TokenRefusedException())).isEqualTo(CloseCodes.UNAUTHORIZED);
    }

    @Test
    void aHandshakeThatGotNoAnswerCountsAsALoss() {
        assertThat(CloseDecision.codeOf(new IOException("connection refused"))).isEqualTo(1006);
    }
}
