package io.lifeline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run of seconds against the standalone jar started as its own process, so the instrument never
 * rots. It checks the shape of what is written, never how fast anything was: this machine may be busy.
 */
class BenchmarkSmokeIT {
    private static final Path JAR = Path.of("../standalone/target/lifeline-standalone.jar");

    @Test
    void aSmokeRunWritesEveryFigureAsJsonAndHtml() throws Exception {
        assertThat(JAR).as("build the standalone jar first: ./mvnw -q install -DskipTests").isRegularFile();
        Path results = Path.of("target/smoke-results");

        // With receipts, so the staff member's delivered and read frames run beside the sends.
        Benchmarks.run(BenchmarkOptions.parse(new String[] {"--smoke", "--receipts", "--start", "--standalone-jar=" + JAR,
                "--results=" + results}), "--smoke --receipts --start");

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(results.resolve("results.json")));
        var idle = json.get("idle");
        assertThat(idle.get("startupSeconds").asDouble()).as("from the standalone's banner").isPositive();
        assertThat(idle.get("jvmCpuPercent").asDouble()).isPositive();
        assertThat(idle.get("postgresCpuPercent").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(idle.get("rssBytes").asLong()).isGreaterThan(100L * 1024 * 1024);
        assertThat(json.get("latency")).hasSize(2);
        for (JsonNode run : json.get("latency")) {
            assertThat(run.get("offeredRate").asInt()).isPositive();
            assertThat(run.get("sent").asLong()).isPositive();
            for (String percentile : new String[] {"p50", "p95", "p99", "p999", "max"}) {
                assertThat(run.get("delivery").has(percentile)).as(percentile).isTrue();
            }
            assertThat(run.has("generatorCpuPercent")).isTrue();
            assertThat(run.get("systemCpuPercent").isNumber()).isTrue();
        }
        assertThat(json.get("maxRate").has("p99TargetMs")).isTrue();
        assertThat(json.get("connections").get("opened").asInt()).isEqualTo(50);
        assertThat(json.get("connections").get("rssAfterBytes").isNumber()).isTrue();
        assertThat(json.get("connections").get("connectedTo").asString()).as("past the edge")
                .startsWith("ws://127.0.0.1:").contains("straight to the bridge");
        assertThat(json.get("growth").get("sendToLong").get("count").asLong()).isEqualTo(20);
        assertThat(json.get("growth").get("bigInboxConversations").asLong()).isGreaterThanOrEqualTo(1_000);
        assertThat(json.get("growth").get("bigInboxLoad").isNumber()).as("the load each figure was timed under").isTrue();
        assertThat(json.get("growth").get("sendsLoad").isNumber()).isTrue();
        assertThat(json.get("replay").get("events").asLong()).isGreaterThanOrEqualTo(2_000);
        assertThat(json.get("replay").get("eventsPerSecond").asDouble()).isPositive();
        var alone = json.get("replay").get("aloneEventsPerSecond");
        assertThat(alone.propertyNames()).contains("inbox", "timeline", "audit-trail");
        alone.properties().forEach(speed -> assertThat(speed.getValue().asDouble()).isPositive());
        assertThat(json.get("freshness").get("lag").get("count").asLong()).isEqualTo(20);
        assertThat(json.get("freshness").get("lag").get("p50").asDouble()).isPositive();
        assertThat(json.get("cpu").get("generatorCpuSeconds").asDouble()).isPositive();

        String html = Files.readString(results.resolve("report.html"));
        assertThat(html).contains("<svg id=\"latency-chart\"").contains("data-series=\"p99\"")
                .contains("data-series=\"p99.9\"").contains("</html>");
        assertThat(results.resolve("results.txt")).content().contains("Send-to-delivery latency").contains("Idle: started in");
    }
}
