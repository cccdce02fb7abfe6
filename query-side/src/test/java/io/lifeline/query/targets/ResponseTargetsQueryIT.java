package io.lifeline.query.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.*;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Response targets on the query side: the inbox shows the running clock due first and the targets
 * missed, the timeline shows clocks and misses to staff only, and the statistics count clocks met,
 * missed, stopped and running per kind, priority and context, with the missed ones listed, the same
 * after a rebuild. The conversations here start far in the future, so no other test's fall in range.
 */
class ResponseTargetsQueryIT extends QuerySideIntegrationTest {
    private static final Instant FUTURE = Instant.parse("2093-05-06T10:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    @Autowired
    EventStorageEngine storage;

    @Test
    void clocksShowInTheInboxAndTheTimelineAndCountInTheStatistics() throws InterruptedException {
        StaffId ana = StaffId.random();
        var history = new EventHistory(storage);
        DeviceId waitingDevice = new DeviceId("d-" + UUID.randomUUID());
        // Answered in time, then a next response missed, then resolved: FIRST met, NEXT missed, RESOLUTION met.
        ConversationId answered = history.conversation(new DeviceId("d-" + UUID.randomUUID())).at(FUTURE)
                .started(Priority.NORMAL).clockStarted(ResponseTargetKind.FIRST_RESPONSE, FIVE_MINUTES)
                .clockStarted(ResponseTargetKind.RESOLUTION, FOUR_HOURS)
                .at(FUTURE.plusSeconds(30)).systemSays("greeting", "Hello, we read every message.")
                .privateNote(ana, "calling back").staffJoins(ana).staffSays(ana, "on it")
                .deviceSays("one more thing").clockStarted(ResponseTargetKind.NEXT_RESPONSE, FIVE_MINUTES)
                .at(FUTURE.plusSeconds(400)).missedTarget(ResponseTargetKind.NEXT_RESPONSE, Priority.NORMAL)
                .resolvedBy(ana).append();
        // Nobody answered: FIRST missed, RESOLUTION still running.
        ConversationId missed = history.conversation(waitingDevice).at(FUTURE.plusSeconds(1))
                .started(Channel.MOBILE, new ConversationContext(ContextKind.EMERGENCY, null), Priority.URGENT)
                .clockStarted(ResponseTargetKind.FIRST_RESPONSE, FIVE_MINUTES)
                .clockStarted(ResponseTargetKind.RESOLUTION, FOUR_HOURS)
                .at(FUTURE.plusSeconds(301)).missedTarget(ResponseTargetKind.FIRST_RESPONSE, Priority.URGENT)
                .append();
        // Resolved unanswered: FIRST stopped, RESOLUTION met.
        history.conversation(new DeviceId("d-" + UUID.randomUUID())).at(FUTURE.plusSeconds(2))
                .started(Priority.NORMAL).clockStarted(ResponseTargetKind.FIRST_RESPONSE, FIVE_MINUTES)
                .clockStarted(ResponseTargetKind.RESOLUTION, FOUR_HOURS).resolvedBy(ana).append();
        // Still waiting for its first answer: both clocks run.
        ConversationId waiting = history.conversation(new DeviceId("d-" + UUID.randomUUID())).at(FUTURE.plusSeconds(3))
                .started(Priority.NORMAL).clockStarted(ResponseTargetKind.FIRST_RESPONSE, FIVE_MINUTES)
                .clockStarted(ResponseTargetKind.RESOLUTION, FOUR_HOURS).append();
        awaitCaughtUp();

        JsonNode inbox = inbox("");
        JsonNode waitingRow = row(inbox, waiting);
        assertThat(waitingRow.path("responseDueKind").asString()).isEqualTo("FIRST_RESPONSE");
        assertThat(Instant.parse(waitingRow.path("responseDueBy").asString())).isEqualTo(FUTURE.plusSeconds(3).plus(FIVE_MINUTES));
        assertThat(waitingRow.path("missedTargets").size()).isZero();
        JsonNode missedRow = row(inbox, missed);
        assertThat(missedRow.path("responseDueKind").asString()).as("the first response's clock stopped when missed")
                .isEqualTo("RESOLUTION");
        assertThat(missedRow.path("missedTargets").toString()).isEqualTo("[\"FIRST_RESPONSE\"]");
        JsonNode answeredRow = row(inbox, answered);
        assertThat(answeredRow.path("responseDueKind").isNull()).as("resolved: no clock runs").isTrue();
        assertThat(answeredRow.path("missedTargets").toString()).isEqualTo("[\"NEXT_RESPONSE\"]");
        assertThat(ids(inbox("&missed=true"))).contains(missed.toString(), answered.toString())
                .doesNotContain(waiting.toString());

        JsonNode timeline = get("/api/query/conversations/" + missed + "/timeline", admin()).body();
        assertThat(kinds(timeline)).containsExactly("started", "response-clock-started", "response-clock-started",
                "response-target-missed");
        JsonNode miss = timeline.path("entries").get(3).path("details");
        assertThat(miss.path("kind").asString()).isEqualTo("FIRST_RESPONSE");
        assertThat(miss.path("priority").asString()).isEqualTo("URGENT");
        assertThat(kinds(get("/api/query/conversations/" + missed + "/timeline",
                token(waitingDevice.value(), "device", "DEVICE")).body())).as("the device sees none of it").containsExactly("started");

        JsonNode figures = figures(admin());
        assertThat(counts(figures.path("byKind"), "FIRST_RESPONSE", null, null)).isEqualTo("4 started, 1 met, 1 missed, 1 stopped, 1 running");
        assertThat(counts(figures.path("byKind"), "NEXT_RESPONSE", null, null)).isEqualTo("1 started, 0 met, 1 missed, 0 stopped, 0 running");
        assertThat(counts(figures.path("byKind"), "RESOLUTION", null, null)).isEqualTo("4 started, 2 met, 0 missed, 0 stopped, 2 running");
        assertThat(counts(figures.path("byPriority"), "FIRST_RESPONSE", "URGENT", null)).isEqualTo("1 started, 0 met, 1 missed, 0 stopped, 0 running");
        assertThat(counts(figures.path("byContext"), "FIRST_RESPONSE", null, "EMERGENCY")).isEqualTo("1 started, 0 met, 1 missed, 0 stopped, 0 running");

        JsonNode missedPage = get("/api/query/stats/response-targets/missed?" + range() + "&limit=1", analyst()).body();
        assertThat(missedPage.path("items").get(0).path("conversationId").asString()).isEqualTo(missed.toString());
        assertThat(missedPage.path("items").get(0).path("kind").asString()).isEqualTo("FIRST_RESPONSE");
        JsonNode secondPage = get("/api/query/stats/response-targets/missed?" + range() + "&limit=1&after="
                + missedPage.path("next").asString(), analyst()).body();
        assertThat(secondPage.path("items").get(0).path("conversationId").asString()).isEqualTo(answered.toString());
        assertThat(get("/api/query/stats/response-targets/missed?" + range() + "&kind=NEXT_RESPONSE", analyst())
                .body().path("items").size()).isEqualTo(1);
        assertThat(get("/api/query/stats/response-targets?" + range(), token(UUID.randomUUID().toString(), "staff", "AGENT"))
                .status()).isEqualTo(403);

        assertThat(post("/api/query/processors/response-target-stats/rebuild", analyst()).status()).isEqualTo(202);
        Thread.sleep(200);
        awaitCaughtUp();
        assertThat(figures(analyst())).as("the same figures after a rebuild").isEqualTo(figures);
    }

    private JsonNode inbox(String filter) {
        var response = get("/api/query/inbox?limit=200&from=" + FUTURE.minusSeconds(60) + "&to=" + FUTURE.plusSeconds(60)
                + filter, admin());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode row(JsonNode inbox, ConversationId id) {
        for (JsonNode item : inbox.path("items")) {
            if (item.path("conversationId").asString().equals(id.toString())) return item;
        }
        throw new AssertionError(id + " is not in the inbox " + inbox);
    }

    private static List<String> ids(JsonNode inbox) {
        List<String> ids = new ArrayList<>();
        inbox.path("items").forEach(item -> ids.add(item.path("conversationId").asString()));
        return ids;
    }

    private static List<String> kinds(JsonNode timeline) {
        List<String> kinds = new ArrayList<>();
        timeline.path("entries").forEach(entry -> kinds.add(entry.path("kind").asString()));
        return kinds;
    }

    private static String range() {
        return "from=" + FUTURE.minusSeconds(60) + "&to=" + FUTURE.plusSeconds(60);
    }

    private JsonNode figures(String token) {
        var response = get("/api/query/stats/response-targets?" + range(), token);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static String counts(JsonNode groups, String kind, String priority, String context) {
        for (JsonNode group : groups) {
            if (group.path("kind").asString().equals(kind)
                    && (priority == null || priority.equals(group.path("priority").asString()))
                    && (context == null || context.equals(group.path("context").asString()))) {
                return group.path("started").asLong() + " started, " + group.path("met").asLong() + " met, "
                        + group.path("missed").asLong() + " missed, " + group.path("stopped").asLong() + " stopped, "
                        + group.path("running").asLong() + " running";
            }
        }
        throw new AssertionError("no group " + kind + "/" + priority + "/" + context + " in " + groups);
    }
}
