package io.lifeline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void smokeSettingsMayBeOverriddenByLaterFlags() {
        var options = BenchmarkOptions.parse(new String[] {"--rates=7", "--smoke", "--skip=replay"});
        assertThat(options.rates()).containsExactly(7);
        assertThat(options.connections()).isEqualTo(50);
        assertThat(options.runs("replay")).isFalse();
        assertThat(options.runs("latency")).isTrue();
    }

    @Test
    void replayRebuildsOnlyTheNamedProjectionsWhenTold() {
        assertThat(BenchmarkOptions.parse(new String[] {}).rebuilds("stats")).isTrue();
        var options = BenchmarkOptions.parse(new String[] {"--replay-only=stats, inbox"});
        assertThat(options.rebuilds("stats")).isTrue();
        assertThat(options.rebuilds("inbox")).isTrue();
        assertThat(options.rebuilds("timeline")).isFalse();
    }

    @Test
    void receiptsAreOffUnlessAskedFor() {
        assertThat(BenchmarkOptions.parse(new String[] {}).receipts()).isFalse();
        assertThat(BenchmarkOptions.parse(new String[] {"--smoke", "--receipts"}).receipts()).isTrue();
    }

    @Test
    void theCurveIsPrimedForNinetySecondsUnlessToldOtherwise() {
        assertThat(BenchmarkOptions.parse(new String[] {}).prime()).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(BenchmarkOptions.parse(new String[] {"--smoke"}).prime()).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(BenchmarkOptions.parse(new String[] {"--prime=0"}).prime()).isZero();
    }

    @Test
    void timedStorageFiguresWaitUpToFiveMinutesForAQuietMachineButASmokeRunDoesNot() {
        assertThat(BenchmarkOptions.parse(new String[] {}).settle()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(BenchmarkOptions.parse(new String[] {"--smoke"}).settle()).isZero();
        assertThat(BenchmarkOptions.parse(new String[] {"--settle=20"}).settle()).isEqualTo(java.time.Duration.ofSeconds(20));
    }

    @Test
    void refusesATargetOffThisMachineUnlessAllowed() throws Exception {
        assertThatThrownBy(() -> Benchmarks.requireLoopback(URI.create("http://192.0.2.1:8080"), false))
                .hasMessageContaining("--allow-remote");
        Benchmarks.requireLoopback(URI.create("http://192.0.2.1:8080"), true);
        Benchmarks.requireLoopback(URI.create("http://localhost:8080"), false);
        Benchmarks.requireLoopback(URI.create("http://127.0.0.1:8080"), false);
    }
}
