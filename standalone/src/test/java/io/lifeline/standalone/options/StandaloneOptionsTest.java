package io.lifeline.standalone.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandaloneOptionsTest {
    private static final Path WORKING_DIRECTORY = Path.of("/srv/lifeline");

    private static StandaloneOptions parse(List<String> args, Map<String, String> env) {
        return StandaloneOptions.parse(args, env, WORKING_DIRECTORY);
    }

    @Test
    void withoutFlagsOrEnvironmentItListensOnLoopback8080AndKeepsDataInDotData() {
        StandaloneOptions options = parse(List.of(), Map.of());

        assertThat(options).isEqualTo(new StandaloneOptions(Path.of("/srv/lifeline/data"), false, 8080, "127.0.0.1", 0, false));
    }

    @Test
    void environmentVariablesReplaceTheDefaults() {
        StandaloneOptions options = parse(List.of(), Map.of(
                "LIFELINE_DATA_DIR", "/var/lib/lifeline",
                "LIFELINE_PORT", "9090",
                "LIFELINE_ADDRESS", "0.0.0.0",
                "LIFELINE_STANDALONE_DB_PORT", "5433"));

        assertThat(options).isEqualTo(new StandaloneOptions(Path.of("/var/lib/lifeline"), false, 9090, "0.0.0.0", 5433, false));
    }

    @Test
    void flagsWinOverEnvironmentVariables() {
        StandaloneOptions options = parse(
                List.of("--data-dir=/tmp/other", "--port=9191", "--address=::1", "--db-port=6543"),
                Map.of("LIFELINE_DATA_DIR", "/var/lib/lifeline", "LIFELINE_PORT", "9090",
                        "LIFELINE_ADDRESS", "0.0.0.0", "LIFELINE_STANDALONE_DB_PORT", "5433"));

        assertThat(options).isEqualTo(new StandaloneOptions(Path.of("/tmp/other"), false, 9191, "::1", 6543, false));
    }

    @Test
    void theBridgePortIsAnyFreeOneUnlessAFlagOrItsVariableFixesIt() {
        assertThat(parse(List.of(), Map.of()).bridgePort()).isZero();
        assertThat(parse(List.of(), Map.of("LIFELINE_STANDALONE_BRIDGE_PORT", "8181")).bridgePort()).isEqualTo(8181);
        assertThat(parse(List.of("--bridge-port=8282"), Map.of("LIFELINE_STANDALONE_BRIDGE_PORT", "8181")).bridgePort())
                .isEqualTo(8282);
        assertThatThrownBy(() -> parse(List.of("--bridge-port=70000"), Map.of()))
                .isInstanceOf(InvalidOptions.class).hasMessageContaining("--bridge-port");
    }

    @Test
    void aRelativeDataDirectoryIsResolvedAgainstTheWorkingDirectory() {
        assertThat(parse(List.of("--data-dir=state/../lifeline-data"), Map.of()).dataDir())
                .isEqualTo(Path.of("/srv/lifeline/lifeline-data"));
    }

    @Test
    void blankEnvironmentVariablesCountAsUnset() {
        StandaloneOptions options = parse(List.of(), Map.of("LIFELINE_DATA_DIR", " ", "LIFELINE_PORT", ""));

        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/lifeline/data"));
        assertThat(options.port()).isEqualTo(8080);
    }

    @Test
    void cleanAndHelpAreFlagsWithoutValues() {
        assertThat(parse(List.of("--clean"), Map.of()).clean()).isTrue();
        assertThat(parse(List.of("--help"), Map.of()).help()).isTrue();
        assertThat(parse(List.of("-h"), Map.of()).help()).isTrue();
        assertThatThrownBy(() -> parse(List.of("--clean=yes"), Map.of()))
                .isInstanceOf(InvalidOptions.class).hasMessageContaining("--clean takes no value");
    }

    @Test
    void aMistypedOptionIsRejectedRatherThanIgnored() {
        assertThatThrownBy(() -> parse(List.of("--prot=8080"), Map.of()))
                .isInstanceOf(InvalidOptions.class).hasMessage("Unknown option --prot");
    }

    @Test
    void optionsThatNeedAValueRejectNone() {
        assertThatThrownBy(() -> parse(List.of("--data-dir"), Map.of()))
                .isInstanceOf(InvalidOptions.class).hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> parse(List.of("--port="), Map.of()))
                .isInstanceOf(InvalidOptions.class).hasMessageContaining("--port needs a value");
    }

    @Test
    void theClientPortMustBeARealPort() {
        for (String port : List.of("0", "65536", "eighty", "-1")) {
            assertThatThrownBy(() -> parse(List.of("--port=" + port), Map.of()))
                    .isInstanceOf(InvalidOptions.class).hasMessageContaining("from 1 to 65535");
        }
        assertThatThrownBy(() -> parse(List.of(), Map.of("LIFELINE_PORT", "http")))
                .isInstanceOf(InvalidOptions.class).hasMessageContaining("LIFELINE_PORT");
    }

    @Test
    void theDatabasePortMayBeZeroForAnyFreePort() {
        assertThat(parse(List.of("--db-port=0"), Map.of()).dbPort()).isZero();
        assertThatThrownBy(() -> parse(List.of("--db-port=70000"), Map.of()))
                .isInstanceOf(InvalidOptions.class).hasMessageContaining("from 0 to 65535");
    }
}
