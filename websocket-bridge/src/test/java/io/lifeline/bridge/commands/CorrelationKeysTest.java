package io.lifeline.bridge.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.requestreply.CorrelationKey;

class CorrelationKeysTest {
    private final ProducerRecord<String, String> record = new ProducerRecord<>("lifeline.commands", "key", "value");

    @Test
    void oneBridgeNeverRepeatsAKey() {
        var keys = new CorrelationKeys();
        Set<CorrelationKey> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(keys.apply(record))).isTrue();
        }
    }

    @Test
    void twoBridgesDrawDifferentKeys() {
        assertThat(new CorrelationKeys().apply(record)).isNotEqualTo(new CorrelationKeys().apply(record));
    }
}
