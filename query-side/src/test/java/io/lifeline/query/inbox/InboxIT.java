package io.lifeline.query.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationContext;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Location;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class InboxIT extends QuerySideIntegrationTest {
    @Autowired
    EventStorageEngine storage;

    private final Instant t0 = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    private final String label = "t-" + UUID.randomUUID().toString().substring(0, 8);
    private final StaffId agent = StaffId.random();

    @Test
    void theUnassignedQueuePutsUrgentMessagesFirstThenPriorityThenTheLongestWait() throws InterruptedException {
        var history = new EventHistory(storage);
        ConversationId waitedLongest = history.conversation(device()).at(t0).started(Priority.NORMAL).labelled(label)
                .deviceSays("first").at(t0.plusSeconds(100)).deviceSays("still there?").append();
        ConversationId urgentMessage = history.conversation(device()).at(t0.plusSeconds(30)).started(Priority.LOW)
                .labelled(label).deviceSays("help now", true).append();
        ConversationId highLater = history.conversation(device()).at(t0.plusSeconds(20)).started(Priority.HIGH)
                .labelled(label).deviceSays("hello").append();
        ConversationId highEarlier = history.conversation(device()).at(t0.plusSeconds(10)).started(Priority.HIGH)
                .labelled(label).deviceSays("hello").append();
        ConversationId urgentPriorityAnswered = history.conversation(device()).at(t0.plusSeconds(40))
                .started(Priority.URGENT).labelled(label).deviceSays("fire", true).staffJoins(agent)
                .staffSays(agent, "calling now").append();
        ConversationId assigned = history.conversation(device()).at(t0.plusSeconds(50)).started(Priority.URGENT)
                .labelled(label).deviceSays("help", true).assigned(agent, null, AssignmentReason.MANUAL).append();
        awaitCaughtUp();

        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get("/api/query/inbox?assignee=none&limit=2&label=" + label
                    + (cursor == null ? "" : "&cursor=" + cursor), agentToken()).body();
            page.path("items").forEach(item -> order.add(item.path("conversationId").asString()));
            cursor = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asString();
            pages++;
        } while (cursor != null);

        assertThat(order).containsExactly(urgentMessage.toString(), urgentPriorityAnswered.toString(),
                highEarlier.toString(), highLater.toString(), waitedLongest.toString()).doesNotContain(assigned.toString());
        assertThat(pages).isEqualTo(3);

        JsonNode items = get("/api/query/inbox?assignee=none&label=" + label, agentToken()).body().path("items");
        JsonNode urgent = items.get(0);
        assertThat(urgent.path("hasUrgent").asBoolean()).isTrue();
        assertThat(urgent.path("waitingSince").asString()).isEqualTo(t0.plusSeconds(30).toString());
        assertThat(urgent.path("lastMessagePreview").asString()).isEqualTo("help now");
        assertThat(urgent.path("labels").get(0).asString()).isEqualTo(label);
        JsonNode answered = items.get(1);
        assertThat(answered.path("hasUrgent").asBoolean()).as("a staff answer clears the urgent flag").isFalse();
        assertThat(answered.path("waitingSince").isNull()).as("a staff answer ends the wait").isTrue();
        assertThat(answered.path("lastMessagePreview").asString()).isEqualTo("calling now");
        assertThat(answered.path("lastMessageSequence").asLong()).isEqualTo(4);
        JsonNode longest = items.get(4);
        assertThat(longest.path("waitingSince").asString()).as("the oldest unanswered message").isEqualTo(t0.toString());
        assertThat(longest.path("lastMessageAt").asString()).isEqualTo(t0.plusSeconds(100).toString());
        assertThat(longest.path("priority").asString()).isEqualTo("NORMAL");
        assertThat(longest.path("status").asString()).isEqualTo("OPEN");
        assertThat(longest.path("subject").asString()).isEqualTo("Help");
    }

    @Test
    void mineAndAssigneeShowTheConversationsOfOneStaffMember() throws InterruptedException {
        var history = new EventHistory(storage);
        StaffId other = StaffId.random();
        ConversationId held = history.conversation(device()).at(t0).started(Priority.NORMAL).labelled(label)
                .deviceSays("hi").assigned(agent, null, AssignmentReason.MANUAL).append();
        ConversationId transferred = history.conversation(device()).at(t0).started(Priority.NORMAL).labelled(label)
                .assigned(other, null, AssignmentReason.AUTO).assigned(agent, other, AssignmentReason.TRANSFER).append();
        ConversationId givenBack = history.conversation(device()).at(t0).started(Priority.NORMAL).labelled(label)
                .assigned(agent, null, AssignmentReason.AUTO).unassigned(agent).append();
        awaitCaughtUp();

        assertThat(ids(get("/api/query/inbox?mine=true&label=" + label, agentToken())))
                .containsExactlyInAnyOrder(held.toString(), transferred.toString());
        assertThat(ids(get("/api/query/inbox?assignee=" + agent + "&label=" + label, analyst())))
                .containsExactlyInAnyOrder(held.toString(), transferred.toString());
        assertThat(ids(get("/api/query/inbox?assignee=" + other + "&label=" + label, analyst()))).isEmpty();
        assertThat(ids(get("/api/query/inbox?assignee=none&label=" + label, analyst()))).containsExactly(givenBack.toString());
        JsonNode item = get("/api/query/inbox?mine=true&label=" + label, agentToken()).body().path("items").get(0);
        assertThat(item.path("assignee").asString()).isEqualTo(agent.toString());
    }

    @Test
    void filtersAndCountsNarrowTheInbox() throws InterruptedException {
        var history = new EventHistory(storage);
        ConversationId emergency = history.conversation(device()).at(t0)
                .started(Channel.WIDGET, new ConversationContext(ContextKind.EMERGENCY, "job-1"), Priority.HIGH)
                .labelled(label).deviceSays("smoke").append();
        ConversationId resolved = history.conversation(device()).at(t0.plusSeconds(3600)).started(Priority.LOW)
                .labelled(label).deviceSays("thanks").staffJoins(agent).staffSays(agent, "bye").resolvedBy(agent).append();
        ConversationId raised = history.conversation(device()).at(t0.plusSeconds(60)).started(Priority.LOW)
                .labelled(label).labelled("extra").priorityChanged(Priority.URGENT, Priority.LOW).append();
        ConversationId unlabelled = history.conversation(device()).at(t0).started(Priority.LOW).labelled(label)
                .unlabelled(label).append();
        ConversationId snoozed = history.conversation(device()).at(t0).started(Priority.NORMAL).labelled(label)
                .snoozed(t0.plusSeconds(9999)).append();
        awaitCaughtUp();

        String base = "/api/query/inbox?label=" + label;
        assertThat(ids(get(base, analyst()))).containsExactlyInAnyOrder(emergency.toString(), resolved.toString(),
                raised.toString(), snoozed.toString()).doesNotContain(unlabelled.toString());
        assertThat(ids(get(base + "&status=RESOLVED", analyst()))).containsExactly(resolved.toString());
        assertThat(ids(get(base + "&status=SNOOZED", analyst()))).containsExactly(snoozed.toString());
        assertThat(ids(get(base + "&priority=URGENT", analyst()))).containsExactly(raised.toString());
        assertThat(ids(get(base + "&channel=WIDGET", analyst()))).containsExactly(emergency.toString());
        assertThat(ids(get(base + "&context=EMERGENCY", analyst()))).containsExactly(emergency.toString());
        assertThat(ids(get(base + "&from=" + t0.plusSeconds(30) + "&to=" + t0.plusSeconds(120), analyst())))
                .containsExactly(raised.toString());
        assertThat(ids(get("/api/query/inbox?label=extra&priority=URGENT&channel=MOBILE&from=" + t0.minusSeconds(1)
                + "&to=" + t0.plusSeconds(61), analyst()))).contains(raised.toString());
        JsonNode context = get(base + "&context=EMERGENCY", analyst()).body().path("items").get(0);
        assertThat(context.path("contextReference").asString()).isEqualTo("job-1");

        JsonNode counts = get("/api/query/inbox/counts?label=" + label, agentToken()).body();
        assertThat(counts.path("total").asLong()).isEqualTo(4);
        assertThat(counts.path("byStatus").path("OPEN").asLong()).isEqualTo(2);
        assertThat(counts.path("byStatus").path("RESOLVED").asLong()).isEqualTo(1);
        assertThat(counts.path("byStatus").path("SNOOZED").asLong()).isEqualTo(1);
        assertThat(counts.path("byPriority").path("HIGH").asLong()).isEqualTo(1);
        assertThat(counts.path("byPriority").path("LOW").asLong()).isEqualTo(1);
        assertThat(counts.path("byPriority").path("URGENT").asLong()).isEqualTo(1);
        assertThat(counts.path("byPriority").path("NORMAL").asLong()).isEqualTo(1);
        JsonNode open = get("/api/query/inbox/counts?status=OPEN&label=" + label, agentToken()).body();
        assertThat(open.path("total").asLong()).isEqualTo(2);
        assertThat(open.path("byStatus").has("RESOLVED")).isFalse();
    }

    @Test
    void aDeviceListsOnlyItsOwnConversationsWithUnreadCounts() throws InterruptedException {
        var history = new EventHistory(storage);
        DeviceId device = device();
        DeviceId stranger = device();
        ConversationId own = history.conversation(device).at(t0).started(Priority.NORMAL).deviceSays("hello")
                .staffJoins(agent).staffSays(agent, "hi, how can I help?").staffSays(agent, "are you there?").append();
        ConversationId older = history.conversation(device).at(t0.minusSeconds(600)).started(Priority.LOW)
                .deviceSays("old").append();
        ConversationId theirs = history.conversation(stranger).at(t0).started(Priority.NORMAL).deviceSays("mine").append();
        awaitCaughtUp();

        JsonNode conversations = get("/api/query/my/conversations", deviceToken(device)).body().path("conversations");
        assertThat(conversations).hasSize(2);
        assertThat(conversations.get(0).path("conversationId").asString()).isEqualTo(own.toString());
        assertThat(conversations.get(0).path("unread").asLong()).isEqualTo(2);
        assertThat(conversations.get(0).path("lastMessagePreview").asString()).isEqualTo("are you there?");
        assertThat(conversations.get(0).has("assignee")).as("no staff-only fields").isFalse();
        assertThat(conversations.get(1).path("conversationId").asString()).isEqualTo(older.toString());
        assertThat(conversations.get(1).path("unread").asLong()).isZero();
        assertThat(conversations.toString()).doesNotContain(theirs.toString());
        JsonNode strangers = get("/api/query/my/conversations", deviceToken(stranger)).body().path("conversations");
        assertThat(strangers).hasSize(1);
        assertThat(strangers.get(0).path("conversationId").asString()).isEqualTo(theirs.toString());
    }

    @Test
    void theLastMessageIsPreviewedShortAndNeverByAPrivateNote() throws InterruptedException {
        var history = new EventHistory(storage);
        String longText = "🚑".repeat(200);
        history.conversation(device()).at(t0).started(Priority.NORMAL).labelled(label).deviceSays(longText)
                .privateNote(agent, "internal only").append();
        awaitCaughtUp();

        JsonNode item = get("/api/query/inbox?label=" + label, agentToken()).body().path("items").get(0);
        String preview = item.path("lastMessagePreview").asString();
        assertThat(preview.codePointCount(0, preview.length())).isEqualTo(InboxProjection.PREVIEW_LENGTH);
        assertThat(preview).startsWith("🚑🚑").endsWith("🚑…");
        assertThat(item.path("lastMessageSequence").asLong()).isEqualTo(2);
        assertThat(item.path("lastSequence").asLong()).isEqualTo(3);
    }

    @Test
    void staffAndTheDeviceItselfSeeWhereTheConversationWasStartedFrom() throws InterruptedException {
        DeviceId device = device();
        ConversationId located = new EventHistory(storage).conversation(device).at(t0)
                .startedFrom(new Location(48.8584, 2.2945, 30.0), Priority.URGENT).labelled(label).deviceSays("help")
                .append();
        awaitCaughtUp();

        JsonNode item = get("/api/query/inbox?label=" + label, agentToken()).body().path("items").get(0);
        assertThat(item.path("conversationId").asString()).isEqualTo(located.toString());
        assertThat(item.path("latitude").asDouble()).as(item.toString()).isEqualTo(48.8584);
        assertThat(item.path("longitude").asDouble()).isEqualTo(2.2945);
        assertThat(item.path("accuracyMeters").asDouble()).isEqualTo(30.0);

        JsonNode own = get("/api/query/my/conversations", deviceToken(device)).body().path("conversations").get(0);
        assertThat(own.path("latitude").asDouble()).as(own.toString()).isEqualTo(48.8584);
        assertThat(own.path("longitude").asDouble()).isEqualTo(2.2945);
        assertThat(own.path("accuracyMeters").asDouble()).isEqualTo(30.0);
    }

    @Test
    void devicesMayNotReadTheStaffInboxAndStaffHaveNoDeviceList() {
        String device = deviceToken(device());
        assertThat(get("/api/query/inbox", device).status()).isEqualTo(403);
        assertThat(get("/api/query/inbox/counts", device).status()).isEqualTo(403);
        assertThat(get("/api/query/inbox?assignee=none", device).status()).isEqualTo(403);
        assertThat(get("/api/query/my/conversations", agentToken()).status()).isEqualTo(403);
        assertThat(get("/api/query/inbox", null).status()).isEqualTo(401);
        assertThat(get("/api/query/inbox", token(UUID.randomUUID().toString(), "staff", "ADMIN")).status()).isEqualTo(200);
    }

    @Test
    void badParametersAreRefused() {
        assertThat(get("/api/query/inbox?cursor=not-a-cursor", agentToken()).status()).isEqualTo(400);
        assertThat(get("/api/query/inbox?assignee=someone", agentToken()).status()).isEqualTo(400);
        assertThat(get("/api/query/inbox?status=LOST", agentToken()).status()).isEqualTo(400);
        assertThat(get("/api/query/inbox?limit=0", agentToken()).status()).isEqualTo(400);
    }

    @Test
    void aResolvedConversationThatComesBackWaitsFromItsNewMessageNotItsOldOne() throws InterruptedException {
        // The device said thanks, staff resolved without answering it; much later the device writes again.
        ConversationId id = new EventHistory(storage).conversation(device()).at(t0).started(Priority.NORMAL)
                .labelled(label).deviceSays("urgent thanks", true).resolvedBy(agent)
                .at(t0.plusSeconds(3_000)).reopenedByDevice().deviceSays("it broke again").append();
        awaitCaughtUp();

        JsonNode item = get("/api/query/inbox?label=" + label, agentToken()).body().path("items").get(0);
        assertThat(item.path("conversationId").asString()).isEqualTo(id.toString());
        assertThat(item.path("waitingSince").asString()).isEqualTo(t0.plusSeconds(3_000).toString());
        assertThat(item.path("hasUrgent").asBoolean()).as("the old urgent message was settled").isFalse();
    }

    private String agentToken() {
        return token(agent.toString(), "staff", "AGENT");
    }

    static String deviceToken(DeviceId device) {
        return token(device.value(), "device", "DEVICE");
    }

    static DeviceId device() {
        return new DeviceId("d-" + UUID.randomUUID());
    }

    private static List<String> ids(Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.body().path("items").forEach(item -> ids.add(item.path("conversationId").asString()));
        return ids;
    }
}
