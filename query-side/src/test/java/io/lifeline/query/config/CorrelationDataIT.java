package io.lifeline.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.query.QuerySideIntegrationTest;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CorrelationDataIT extends QuerySideIntegrationTest {
    @Autowired
    Configuration axon;

    /** Gathering it would deserialise every event's metadata once per projection for nothing. */
    @Test
    void projectionsGatherNoCorrelationDataFromTheEventsTheyHandle() {
        assertThat(axon.correlationDataProviders()).isEmpty();
    }
}
