package io.lifeline.standalone.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceLauncherTest {

    @Test
    void aChosenPortReplacesTheDefaultSoTheServiceGetsServerPortOnce() {
        assertThat(ServiceLauncher.withOverrides(
                List.of("--server.address=127.0.0.1", "--server.port=0", "--spring.kafka.bootstrap-servers=127.0.0.1:9092"),
                List.of("--server.port=8081")))
                .containsExactly("--server.address=127.0.0.1", "--spring.kafka.bootstrap-servers=127.0.0.1:9092", "--server.port=8081");
    }

    @Test
    void withoutExtraArgumentsTheDefaultsStayAsTheyAre() {
        assertThat(ServiceLauncher.withOverrides(List.of("--server.port=0", "--a=1"), List.of()))
                .containsExactly("--server.port=0", "--a=1");
    }

    @Test
    void anOptionIsMatchedByItsWholeNameNotAPrefix() {
        assertThat(ServiceLauncher.withOverrides(List.of("--server.port=0", "--server.port-range=1"), List.of("--server.port=8081")))
                .containsExactly("--server.port-range=1", "--server.port=8081");
    }
}
