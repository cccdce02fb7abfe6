package io.lifeline.query.unread;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class UnreadIT extends QuerySideIntegrationTest {
    @Autowired
    EventStorageEngine storage;

    private final DeviceId device = new DeviceId("d-" + UUID.randomUUID());
    private final StaffId agent = StaffId.random();

    @Test
    void anOlderReadPositionArrivingLaterChangesNothing() throws InterruptedException {
        var conversation = new EventHistory(storage).conversation(device).started(Priority.NORMAL) // 0
                .deviceSays("help") // 1
                .staffJoins(agent); // 2
        for (int n = 0; n < 6; n++) {
            conversation.staffSays(agent, "answer " + n); // 3..8
        }
        ConversationId id = conversation.deviceRead(8) // 9
                .deviceRead(3) // 10: an older position, delivered late
                .staffSays(agent, "anything else?") // 11
                .append();
        awaitCaughtUp();

        assertThat(unread(deviceToken())).containsExactly(Map.entry(id.toString(), 1L));
        assertThat(get("/api/query/unread", deviceToken()).body().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void ownMessagesAndPrivateNotesAreNotUnread() throws InterruptedException {
        var history = new EventHistory(storage);
        ConversationId id = history.conversation(device).started(Priority.NORMAL) // 0
                .deviceSays("help") // 1
                .assigned(agent, null, AssignmentReason.AUTO) // 2
                .staffSays(agent, "hello") // 3
                .privateNote(agent, "looks like a billing issue") // 4
                .deviceSays("are you there?") // 5
                .deviceSays("hello?") // 6
                .systemSays("auto-reply", "an agent will answer soon") // 7
                .append();
        awaitCaughtUp();

        // the device: the staff answer and the rule's message; not its own two, not the note
        assertThat(unread(deviceToken())).containsExactly(Map.entry(id.toString(), 2L));
        // the assignee: the device's three and the rule's; not its own answer nor its own note
        assertThat(unread(agentToken())).containsExactly(Map.entry(id.toString(), 4L));
    }

    @Test
    void readingBringsTheBadgeDownForThatReaderOnly() throws InterruptedException {
        var history = new EventHistory(storage);
        StaffId colleague = StaffId.random();
        ConversationId first = history.conversation(device).started(Priority.NORMAL).deviceSays("one") // 1
                .staffJoins(agent).staffJoins(colleague).deviceSays("two") // 4
                .staffRead(agent, 4).append();
        ConversationId second = history.conversation(device).started(Priority.HIGH).deviceSays("three") // 1
                .staffJoins(agent).staffSays(colleague, "a colleague answers") // 3: the colleague never took part
                .append();
        awaitCaughtUp();

        assertThat(unread(agentToken())).containsExactly(Map.entry(second.toString(), 2L));
        Map<String, Long> colleagues = unread(token(colleague.toString(), "staff", "AGENT"));
        assertThat(colleagues).containsEntry(first.toString(), 2L).doesNotContainKey(second.toString());
        JsonNode answer = get("/api/query/unread", deviceToken()).body();
        assertThat(answer.path("total").asLong()).isEqualTo(1);
        assertThat(unread(deviceToken())).containsExactly(Map.entry(second.toString(), 1L));
    }

    @Test
    void staffWhoLeaveOrHandOverLoseTheBadge() throws InterruptedException {
        var history = new EventHistory(storage);
        StaffId leaver = StaffId.random();
        StaffId handedOver = StaffId.random();
        StaffId reader = StaffId.random();
        ConversationId id = history.conversation(device).started(Priority.NORMAL)
                .staffJoins(leaver).assigned(handedOver, null, AssignmentReason.MANUAL)
                .deviceSays("one")
                .staffLeaves(leaver).assigned(agent, handedOver, AssignmentReason.TRANSFER)
                .staffRead(reader, 0) // reading alone makes nobody a participant
                .deviceSays("two").append();
        awaitCaughtUp();

        assertThat(unread(token(leaver.toString(), "staff", "AGENT"))).doesNotContainKey(id.toString());
        assertThat(unread(token(handedOver.toString(), "staff", "AGENT"))).doesNotContainKey(id.toString());
        assertThat(unread(token(reader.toString(), "staff", "AGENT"))).doesNotContainKey(id.toString());
        assertThat(unread(agentToken())).containsEntry(id.toString(), 2L);
    }

    @Test
    void aDeviceSeesOnlyItsOwnConversations() throws InterruptedException {
        var history = new EventHistory(storage);
        DeviceId stranger = new DeviceId("d-" + UUID.randomUUID());
        ConversationId own = history.conversation(device).started(Priority.NORMAL).deviceSays("hi")
                .staffJoins(agent).staffSays(agent, "hello").append();
        ConversationId theirs = history.conversation(stranger).started(Priority.NORMAL).deviceSays("hi")
                .staffJoins(agent).staffSays(agent, "hello").staffSays(agent, "still there?").append();
        awaitCaughtUp();

        assertThat(unread(deviceToken())).containsExactly(Map.entry(own.toString(), 1L));
        assertThat(unread(token(stranger.value(), "device", "DEVICE"))).containsExactly(Map.entry(theirs.toString(), 2L));
        assertThat(get("/api/query/unread", null).status()).isEqualTo(401);
    }

    private Map<String, Long> unread(String token) {
        Response response = get("/api/query/unread", token);
        assertThat(response.status()).isEqualTo(200);
        Map<String, Long> counts = new HashMap<>();
        response.body().path("conversations").forEach(c -> counts.put(c.path("conversationId").asString(), c.path("unread").asLong()));
        return counts;
    }

    private String deviceToken() {
        return token(device.value(), "device", "DEVICE");
    }

    private String agentToken() {
        return token(agent.toString(), "staff", "AGENT");
    }
}
