package io.lifeline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A run of seconds of {@code kafka-floor/KafkaFloor.java} as its documentation runs it, on the extracted standalone's
 * classes and libraries, so the single-file program keeps compiling against them and delivering what it sends. It
 * checks what is printed, never a figure's size: this machine may be busy.
 */
class KafkaFloorSmokeIT {
    private static final Path STANDALONE = Path.of("../standalone/target/lifeline");

    @Test
    void aShortRunDeliversEveryFrameAndPrintsItsCpuPerMessage() throws Exception {
        assertThat(STANDALONE.resolve("lifeline-standalone.jar")).as("build the standalone first: ./mvnw -q install -DskipTests")
                .isRegularFile();
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = STANDALONE.resolve("lifeline-standalone.jar") + File.pathSeparator + STANDALONE.resolve("lib") + "/*";
        Process floor = new ProcessBuilder(java, "-Dlogback.configurationFile=kafka-floor/logback.xml", "-cp", classpath,
                "kafka-floor/KafkaFloor.java", "200", "1", "2").redirectErrorStream(true).start();
        assertThat(floor.waitFor(180, TimeUnit.SECONDS)).as("finished within 3 minutes").isTrue();
        String output = new String(floor.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(floor.exitValue()).as(output).isZero();

        List<String[]> rows = output.lines().map(String::trim).filter(line -> line.startsWith("200 "))
                .map(line -> line.split("\\s+")).toList();
        assertThat(rows).as(output).hasSize(1);
        String[] row = rows.get(0);
        assertThat(row[1]).as("sent in 2 s at 200/s: " + Arrays.toString(row)).isEqualTo("400");
        assertThat(row[2]).as("received: every frame answered by an event").isEqualTo("400");
        assertThat(Double.parseDouble(row[row.length - 1])).as("CPU per message, ms").isPositive();
    }
}
