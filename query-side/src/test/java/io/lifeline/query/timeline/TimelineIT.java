package io.lifeline.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Location;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class TimelineIT extends QuerySideIntegrationTest {
    /** The sequences that are entries: 2, 6 and 14 are delivery/read positions, 5 is the private note. */
    private static final List<Long> STAFF_SEES = List.of(0L, 1L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
    /** Not the private note (5), nor how staff organise the conversation: assignment, label, priority, snooze (7, 8, 9, 11). */
    private static final List<Long> DEVICE_SEES = List.of(0L, 1L, 3L, 4L, 10L, 12L, 13L);

    @Autowired
    EventStorageEngine storage;

    private DeviceId device;
    private StaffId agent;
    private ConversationId conversation;

    @BeforeEach
    void aConversationWithMessagesNotesAndSystemEvents() throws InterruptedException {
        device = new DeviceId("d-" + UUID.randomUUID());
        agent = StaffId.random();
        conversation = new EventHistory(storage).conversation(device).started(Priority.NORMAL) // 0
                .deviceSays("hi") // 1
                .delivered(Actor.staff(agent), 1) // 2
                .staffJoins(agent) // 3
                .staffSays(agent, "hello") // 4
                .privateNote(agent, "sounds like a billing problem") // 5
                .deviceRead(4) // 6
                .assigned(agent, null, AssignmentReason.MANUAL) // 7
                .labelled("vip") // 8
                .priorityChanged(Priority.HIGH, Priority.NORMAL) // 9
                .deviceSays("please hurry", true) // 10
                .snoozed(Instant.now().plusSeconds(3600)) // 11
                .reopenedByDevice() // 12
                .resolvedBy(agent) // 13
                .deviceRead(13) // 14
                .append();
        awaitCaughtUp();
    }

    @Test
    void staffPageBackwardsFromTheNewestThroughTheWholeTimeline() {
        String staff = staffToken();
        JsonNode first = timeline("?limit=5", staff);
        assertThat(sequences(first)).containsExactly(9L, 10L, 11L, 12L, 13L);
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(first.path("lastSequence").asLong()).isEqualTo(14);

        JsonNode second = timeline("?limit=5&before=" + first.path("before").asLong(), staff);
        assertThat(sequences(second)).containsExactly(3L, 4L, 5L, 7L, 8L);
        assertThat(second.path("hasMore").asBoolean()).isTrue();

        JsonNode third = timeline("?limit=5&before=" + second.path("before").asLong(), staff);
        assertThat(sequences(third)).containsExactly(0L, 1L);
        assertThat(third.path("hasMore").asBoolean()).isFalse();

        JsonNode all = timeline("", staff);
        assertThat(sequences(all)).isEqualTo(STAFF_SEES);
        JsonNode entries = all.path("entries");
        assertThat(entries.get(0).path("kind").asString()).isEqualTo("started");
        assertThat(entries.get(0).path("actor").asString()).isEqualTo("device:" + device);
        assertThat(entries.get(0).path("details").path("channel").asString()).isEqualTo("MOBILE");
        assertThat(entries.get(1).path("kind").asString()).isEqualTo("message");
        assertThat(entries.get(1).path("text").asString()).isEqualTo("hi");
        assertThat(entries.get(1).path("messageKind").asString()).isEqualTo("TEXT");
        assertThat(entries.get(1).path("messageId").asString()).isNotBlank();
        assertThat(entries.get(1).path("clientMessageId").asString()).isNotBlank();
        assertThat(entries.get(2).path("kind").asString()).isEqualTo("staff-joined");
        assertThat(entries.get(2).path("details").path("staffId").asString()).isEqualTo(agent.toString());
        assertThat(entries.get(3).path("actor").asString()).isEqualTo("staff:" + agent);
        assertThat(entries.get(4).path("kind").asString()).isEqualTo("private-note");
        assertThat(entries.get(4).path("privateNote").asBoolean()).isTrue();
        assertThat(entries.get(5).path("kind").asString()).isEqualTo("assigned");
        assertThat(entries.get(5).path("details").path("reason").asString()).isEqualTo("MANUAL");
        assertThat(entries.get(5).path("details").path("assignee").asString()).isEqualTo(agent.toString());
        assertThat(entries.get(6).path("kind").asString()).isEqualTo("label-added");
        assertThat(entries.get(7).path("kind").asString()).isEqualTo("priority-changed");
        assertThat(entries.get(7).path("details").path("previousPriority").asString()).isEqualTo("NORMAL");
        assertThat(entries.get(8).path("urgent").asBoolean()).isTrue();
        assertThat(entries.get(9).path("kind").asString()).isEqualTo("snoozed");
        assertThat(entries.get(10).path("kind").asString()).isEqualTo("reopened");
        assertThat(entries.get(11).path("kind").asString()).isEqualTo("resolved");
    }

    @Test
    void afterASequenceTheTimelinePagesForwards() {
        String staff = staffToken();
        JsonNode first = timeline("?after=4&limit=3", staff);
        assertThat(sequences(first)).containsExactly(5L, 7L, 8L);
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(first.path("after").asLong()).isEqualTo(8);

        JsonNode second = timeline("?after=8&limit=3", staff);
        assertThat(sequences(second)).containsExactly(9L, 10L, 11L);
        JsonNode third = timeline("?after=" + second.path("after").asLong() + "&limit=3", staff);
        assertThat(sequences(third)).containsExactly(12L, 13L);
        assertThat(third.path("hasMore").asBoolean()).isFalse();

        JsonNode caughtUp = timeline("?after=13", staff);
        assertThat(caughtUp.path("entries")).isEmpty();
        assertThat(caughtUp.path("hasMore").asBoolean()).isFalse();
        assertThat(caughtUp.path("after").asLong()).isEqualTo(13);

        assertThat(sequences(timeline("?after=-1", staff))).isEqualTo(STAFF_SEES);
    }

    @Test
    void theDeviceSeesItsConversationWithoutPrivateNotes() {
        String own = deviceToken(device);
        JsonNode all = timeline("", own);
        assertThat(sequences(all)).isEqualTo(DEVICE_SEES);
        all.path("entries").forEach(entry -> {
            assertThat(entry.path("privateNote").asBoolean()).isFalse();
            assertThat(entry.path("kind").asString()).isNotEqualTo("private-note");
        });
        assertThat(sequences(timeline("?after=3&limit=2", own))).containsExactly(4L, 10L);

        List<Long> backwards = new ArrayList<>();
        JsonNode page = timeline("?limit=4", own);
        backwards.addAll(0, sequences(page));
        while (page.path("hasMore").asBoolean()) {
            page = timeline("?limit=4&before=" + page.path("before").asLong(), own);
            backwards.addAll(0, sequences(page));
        }
        assertThat(backwards).isEqualTo(DEVICE_SEES);

        JsonNode ownSummary = get("/api/query/conversations/" + conversation, own).body();
        assertThat(ownSummary.path("status").asString()).isEqualTo("RESOLVED");
        // How staff organise the conversation stays with staff.
        assertThat(ownSummary.path("assignee").isNull()).isTrue();
        assertThat(ownSummary.path("priority").isNull()).isTrue();
        assertThat(ownSummary.path("labels")).isEmpty();
        assertThat(ownSummary.path("participants")).isEmpty();
        assertThat(ownSummary.toString()).doesNotContain("vip").doesNotContain(agent.toString());
    }

    @Test
    void anotherDeviceGetsTheSame404AsForAConversationThatDoesNotExist() {
        String stranger = deviceToken(new DeviceId("d-" + UUID.randomUUID()));
        UUID missing = UUID.randomUUID();

        var othersTimeline = get("/api/query/conversations/" + conversation + "/timeline", stranger);
        var missingTimeline = get("/api/query/conversations/" + missing + "/timeline", staffToken());
        var othersSummary = get("/api/query/conversations/" + conversation, stranger);
        var missingForDevice = get("/api/query/conversations/" + missing, deviceToken(device));
        for (var response : List.of(othersTimeline, missingTimeline, othersSummary, missingForDevice)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body().path("code").asString()).isEqualTo("not-found");
        }
        assertThat(othersTimeline.body().path("detail").asString()).isEqualTo("no conversation " + conversation);
        assertThat(missingTimeline.body().path("detail").asString()).isEqualTo("no conversation " + missing);
        assertThat(othersTimeline.body().toString()).doesNotContain(device.value());
        assertThat(get("/api/query/conversations/" + conversation + "/timeline", null).status()).isEqualTo(401);
    }

    @Test
    void theSummaryShowsWhereTheConversationStands() {
        JsonNode summary = get("/api/query/conversations/" + conversation, staffToken()).body();
        assertThat(summary.path("id").asString()).isEqualTo(conversation.toString());
        assertThat(summary.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(summary.path("priority").asString()).isEqualTo("HIGH");
        assertThat(summary.path("assignee").asString()).isEqualTo(agent.toString());
        assertThat(summary.path("participants").get(0).asString()).isEqualTo(agent.toString());
        assertThat(summary.path("labels").get(0).asString()).isEqualTo("vip");
        assertThat(summary.path("subject").asString()).isEqualTo("Help");
        assertThat(summary.path("channel").asString()).isEqualTo("MOBILE");
        assertThat(summary.path("contextKind").asString()).isEqualTo("GENERAL");
        assertThat(summary.path("createdAt").asString()).isNotBlank();
        assertThat(summary.path("lastSequence").asLong()).isEqualTo(14);
    }

    @Test
    void whereTheDeviceStartedFromShowsInTheHeaderAndTheFirstEntryToStaffAndToTheDevice() throws InterruptedException {
        DeviceId caller = new DeviceId("d-" + UUID.randomUUID());
        ConversationId located = new EventHistory(storage).conversation(caller)
                .startedFrom(new Location(52.5163, 13.3777, 12.5), Priority.URGENT).deviceSays("I am hurt").append();
        awaitCaughtUp();

        for (String reader : List.of(staffToken(), deviceToken(caller))) {
            JsonNode summary = get("/api/query/conversations/" + located, reader).body();
            assertThat(summary.path("latitude").asDouble()).as(summary.toString()).isEqualTo(52.5163);
            assertThat(summary.path("longitude").asDouble()).isEqualTo(13.3777);
            assertThat(summary.path("accuracyMeters").asDouble()).isEqualTo(12.5);

            JsonNode first = get("/api/query/conversations/" + located + "/timeline", reader).body().path("entries").get(0);
            assertThat(first.path("kind").asString()).isEqualTo("started");
            assertThat(first.path("latitude").asDouble()).as(first.toString()).isEqualTo(52.5163);
            assertThat(first.path("longitude").asDouble()).isEqualTo(13.3777);
            assertThat(first.path("accuracyMeters").asDouble()).isEqualTo(12.5);
        }
        // Without a location the fields are there, and null.
        JsonNode unlocated = get("/api/query/conversations/" + conversation, staffToken()).body();
        assertThat(unlocated.has("latitude")).isTrue();
        assertThat(unlocated.path("latitude").isNull()).isTrue();
    }

    private JsonNode timeline(String query, String token) {
        var response = get("/api/query/conversations/" + conversation + "/timeline" + query, token);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<Long> sequences(JsonNode page) {
        List<Long> sequences = new ArrayList<>();
        page.path("entries").forEach(entry -> sequences.add(entry.path("sequence").asLong()));
        return sequences;
    }

    private static String staffToken() {
        return token(StaffId.random().toString(), "staff", "AGENT");
    }

    private static String deviceToken(DeviceId device) {
        return token(device.value(), "device", "DEVICE");
    }
}
