package io.lifeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command, {@code java -jar standalone/target/lifeline/lifeline-standalone.jar}: the
 * build extracts the executable jar there (Spring Boot's jarmode tools), and it starts and serves
 * through the edge, its classes loaded from the extracted jars by the JDK's own class loader.
 */
class ExtractedJarIT {
    private static final Path JAR = Path.of("target/lifeline/lifeline-standalone.jar");

    @TempDir
    Path dir;

    @Test
    void theExtractedJarStartsAndServes() throws Exception {
        assertThat(JAR).as("extracted at package, before the integration tests").exists();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path classLog = dir.resolve("classes.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog, "-jar", JAR.toString(),
                "--data-dir=" + dir.resolve("data"), "--clean", "--port=" + port)
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(java.getInputStream(), StandardCharsets.UTF_8))) {
                boolean seen = false;
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    seen |= line.startsWith("Lifeline is running");
                    if (seen && line.startsWith("  Data ")) {
                        return true; // the banner's last line
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            assertThat(running.get(240, TimeUnit.SECONDS)).as("%s", output).isTrue();

            HttpResponse<String> widget = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/query/sites/demo/widget")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(widget.statusCode()).as(widget.body()).isEqualTo(200);
            assertThat(widget.body()).contains("Lifeline demo");

            List<String> loads = Files.readAllLines(classLog);
            assertThat(loads).as("the main class, from the extracted jar itself")
                    .anyMatch(line -> line.contains(" io.lifeline.standalone.LifelineStandalone source: file:")
                            && line.endsWith("target/lifeline/lifeline-standalone.jar"));
            assertThat(loads).as("Axon, from its own jar in lib/, not from inside a nested jar")
                    .anyMatch(line -> line.contains(" org.axonframework.") && line.contains("/target/lifeline/lib/axon-"))
                    .noneMatch(line -> line.contains("source: jar:nested:"));
        } finally {
            java.destroy();
            assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        synchronized (output) {
            assertThat(output).doesNotContain("could not start");
        }
    }
}
