package io.lifeline.support.storedevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredTimestampTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05T05:53:15.549Z", "2026-12-05T05:53:15.549169521Z", "2026-12-05T05:53:15Z",
            "2026-12-05T05:53:15.5Z", "1970-01-01T00:00:00.000Z", "2024-02-29T23:59:59.999999Z",
            "2026-12-05T06:53:15.549+01:00", "+12026-12-05T05:53:15.549Z"})
    void readsEveryTimestampAsAxonDoes(String stored) {
        assertThat(StoredTimestamp.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T05:53:15.549Z", "2026-12-05T24:00:00.000Z",
            "2026-12-05T05:53:15.1234567890Z", "2026-12-05 05:53:15.549Z", "yesterday"})
    void refusesWhatAxonRefuses(String stored) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredTimestamp.parse(stored)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05T05:53:15.549Z"})
    void keepsTheInstantsPrecision(String stored) {
        assertThat(StoredTimestamp.parse(stored)).isEqualTo(Instant.parse(stored));
    }
}
