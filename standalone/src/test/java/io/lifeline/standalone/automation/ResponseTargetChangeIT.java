package io.lifeline.standalone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.standalone.TwoCommandSides;
import io.lifeline.standalone.services.RunningService;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A target an admin changes through one command-side instance is used by another instance's new
 * clocks within five seconds (the look-up's cache time), and a clock already running keeps the
 * target it started with.
 */
class ResponseTargetChangeIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static TwoCommandSides system;
    private static StandaloneForTests lifeline;
    private static RunningService second;

    @BeforeAll
    static void start() throws Exception {
        system = TwoCommandSides.start();
        lifeline = system.lifeline();
        second = system.second();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aChangedTargetReachesAnotherCommandSideWithinFiveSeconds() throws Exception {
        String admin = lifeline.adminToken();
        URI other = second.uri();
        setFirstResponseTarget(admin, "PT1H");
        String before = startConversation(other);
        assertThat(firstResponseWithin(before)).as("the other instance reads the target (and caches it)")
                .contains(Duration.ofHours(1));

        setFirstResponseTarget(admin, "PT2H"); // through the edge's (the first) instance
        Instant changed = Instant.now();
        Duration took = null;
        while (took == null) {
            String conversation = startConversation(other);
            Duration within = firstResponseWithin(conversation).orElseThrow();
            Duration since = Duration.between(changed, Instant.now());
            if (within.equals(Duration.ofHours(2))) {
                took = since;
            } else {
                assertThat(within).isEqualTo(Duration.ofHours(1));
                assertThat(since).as("the other instance still starts clocks with the old target").isLessThan(Duration.ofSeconds(6));
                Thread.sleep(250);
            }
        }
        // Five seconds of cache, plus the time one start takes on a busy test machine.
        assertThat(took).as("time until the other instance used the changed target").isLessThanOrEqualTo(Duration.ofMillis(5_750));
        assertThat(firstResponseWithin(before)).as("a running clock keeps its target").contains(Duration.ofHours(1));
    }

    private static void setFirstResponseTarget(String admin, String within) throws Exception {
        lifeline.call("PUT", "/api/response-targets", admin, Map.of("kind", "FIRST_RESPONSE", "priority", "NORMAL",
                "within", within));
    }

    private static String startConversation(URI instance) throws Exception {
        String token = lifeline.newDevice().token();
        return lifeline.callAt(instance, "POST", "/api/conversations", token, Map.of("channel", "WIDGET", "subject", "Help",
                        "priority", "NORMAL", "startNew", true,
                        "firstMessage", Map.of("clientMessageId", "first", "text", "hello")))
                .path("conversationId").asString();
    }

    /** The target the conversation's first-response clock started with, read from the event store. */
    private static Optional<Duration> firstResponseWithin(String conversation) throws Exception {
        try (var connection = lifeline.database(); PreparedStatement select = connection.prepareStatement("""
                SELECT payload FROM event_store.domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%.ResponseClockStarted'""")) {
            select.setString(1, conversation);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    var payload = JSON.readTree(new String(rows.getBytes(1), StandardCharsets.UTF_8));
                    if (payload.path("kind").asString().equals("FIRST_RESPONSE")) {
                        return Optional.of(Duration.parse(payload.path("within").asString()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
