package io.lifeline.query.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import io.lifeline.contracts.staff.StaffDeactivated;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.StaffRoleChanged;
import io.lifeline.contracts.staff.Username;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class NotificationsIT extends QuerySideIntegrationTest {
    @Autowired
    EventStorageEngine storage;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final StaffId admin = StaffId.random();
    private final StaffId assignee = StaffId.random();
    private final StaffId helper = StaffId.random();
    private final StaffId analyst = StaffId.random();
    private final StaffId deactivated = StaffId.random();
    private final StaffId promoted = StaffId.random();
    private ConversationId conversation;

    /**
     * Staff registered before the conversation: an admin, two agents, an analyst, an agent who was
     * deactivated and an analyst who became an agent. Then a device starts a conversation and sends
     * an urgent message while it is unassigned; it gets an assignee, a helper joins, the device sends
     * another urgent message, the assignee mentions the helper and the helper's note mentions the analyst.
     */
    @BeforeEach
    void staffAndAConversation() throws InterruptedException {
        register(admin, "admin-" + suffix, StaffRole.ADMIN);
        register(assignee, "assignee-" + suffix, StaffRole.AGENT);
        register(helper, "helper-" + suffix, StaffRole.AGENT);
        register(analyst, "analyst-" + suffix, StaffRole.ANALYST);
        register(deactivated, "gone-" + suffix, StaffRole.AGENT);
        register(promoted, "promoted-" + suffix, StaffRole.ANALYST);
        staffEvent(deactivated, 1, new StaffDeactivated(deactivated));
        staffEvent(promoted, 1, new StaffRoleChanged(promoted, StaffRole.AGENT, StaffRole.ANALYST));

        conversation = new EventHistory(storage).conversation(new DeviceId("d-" + UUID.randomUUID())).started(Priority.NORMAL)
                .deviceSays("something is wrong", true) // 1: unassigned, so every admin and agent
                .assigned(assignee, null, AssignmentReason.MANUAL) // 2
                .staffJoins(helper) // 3
                .deviceSays("please hurry", true) // 4: the assignee and the joined helper only
                .staffSays(assignee, "@helper-" + suffix + " can you check?  @gone-" + suffix + " @nobody-" + suffix) // 5
                .privateNote(helper, "@Analyst-" + suffix + ", this one is for your report.") // 6
                .deviceSays("not urgent", false) // 7
                .append();
        awaitCaughtUp();
    }

    @Test
    void everyKindReachesTheRightStaffOnly() {
        assertThat(kinds(admin)).containsExactly("URGENT_MESSAGE@1", "NEW_CONVERSATION@0");
        assertThat(kinds(promoted)).containsExactly("URGENT_MESSAGE@1", "NEW_CONVERSATION@0");
        assertThat(kinds(assignee)).containsExactly("URGENT_MESSAGE@4", "ASSIGNED_TO_YOU@2", "URGENT_MESSAGE@1",
                "NEW_CONVERSATION@0");
        assertThat(kinds(helper)).containsExactly("MENTIONED@5", "URGENT_MESSAGE@4", "URGENT_MESSAGE@1",
                "NEW_CONVERSATION@0");
        assertThat(kinds(analyst)).containsExactly("MENTIONED@6");
        assertThat(kinds(deactivated)).isEmpty();

        JsonNode mention = notifications(helper, "").path("notifications").get(0);
        assertThat(mention.path("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(mention.path("createdAt").asString()).isNotBlank();
        assertThat(mention.path("read").asBoolean()).isFalse();
        assertThat(get("/api/query/notifications", token("d-" + UUID.randomUUID(), "device", "DEVICE")).status())
                .isEqualTo(403);
    }

    @Test
    void aMissedTargetReachesTheAssigneeAndAnUrgentOneEveryAdminToo() throws InterruptedException {
        ConversationId urgent = new EventHistory(storage).conversation(new DeviceId("d-" + UUID.randomUUID()))
                .started(Priority.URGENT)
                .assigned(assignee, null, AssignmentReason.MANUAL) // 1
                .missedTarget(ResponseTargetKind.FIRST_RESPONSE, Priority.URGENT) // 2
                .append();
        ConversationId normal = new EventHistory(storage).conversation(new DeviceId("d-" + UUID.randomUUID()))
                .started(Priority.NORMAL)
                .assigned(helper, null, AssignmentReason.MANUAL) // 1
                .missedTarget(ResponseTargetKind.RESOLUTION, Priority.NORMAL) // 2
                .append();
        awaitCaughtUp();

        conversation = urgent;
        assertThat(kinds(assignee)).containsExactly("TARGET_MISSED@2", "ASSIGNED_TO_YOU@1", "NEW_CONVERSATION@0");
        assertThat(kinds(admin)).containsExactly("TARGET_MISSED@2", "NEW_CONVERSATION@0");
        assertThat(kinds(helper)).containsExactly("NEW_CONVERSATION@0");
        conversation = normal;
        assertThat(kinds(helper)).containsExactly("TARGET_MISSED@2", "ASSIGNED_TO_YOU@1", "NEW_CONVERSATION@0");
        assertThat(kinds(admin)).as("a breach that is not urgent is not escalated").containsExactly("NEW_CONVERSATION@0");
        assertThat(kinds(analyst)).isEmpty();
    }

    @Test
    void notificationsPageNewestFirstWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        JsonNode page = notifications(assignee, "?limit=3");
        page.path("notifications").forEach(n -> seen.add(n.path("id").asString()));
        assertThat(page.path("next").isNumber()).isTrue();
        page = notifications(assignee, "?limit=3&after=" + page.path("next").asLong());
        page.path("notifications").forEach(n -> seen.add(n.path("id").asString()));
        assertThat(page.path("next").isNull() || page.path("next").isMissingNode()).isTrue();
        assertThat(seen).hasSize(4).doesNotHaveDuplicates();
    }

    /**
     * The store numbers an event when its transaction inserts it, not when it commits: an event that
     * commits after a later-numbered one reaches the projection behind it, when the processor's token
     * already stands at the later one's position. Its notifications are still written, once, and
     * come as the newest, above what a reader saw before; paging down from the top brings each once.
     */
    @Test
    void aNotificationOfAnEventThatCommitsAfterALaterOneIsNeitherLostNorParked() throws InterruptedException {
        var history = new EventHistory(storage);
        var early = history.conversation(new DeviceId("d-" + UUID.randomUUID())).started(Priority.URGENT);
        var late = history.conversation(new DeviceId("d-" + UUID.randomUUID())).started(Priority.NORMAL);
        Long[] cursor = new Long[1];

        new TransactionTemplate(transactions).executeWithoutResult(open -> {
            early.append(); // takes the lower global index, but stays uncommitted for now
            CompletableFuture.runAsync(late::append).join(); // a higher index, committed at once
            JsonNode page = awaitNewest(helper, late.id());
            assertThat(page.path("notifications")).hasSize(1);
            cursor[0] = page.path("next").asLong();
            assertThat(notifications(helper, "?limit=1&after=" + cursor[0]).path("notifications").get(0)
                    .path("conversationId").asString()).isEqualTo(conversation.toString());
        });

        awaitNewest(helper, early.id());
        List<String> seen = new ArrayList<>();
        Long after = null;
        do {
            JsonNode page = notifications(helper, "?limit=2" + (after == null ? "" : "&after=" + after));
            page.path("notifications").forEach(n -> seen.add(n.path("conversationId").asString() + " "
                    + n.path("kind").asString() + "@" + n.path("sequence").asLong()));
            after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asLong();
        } while (after != null);
        assertThat(seen).containsExactly(early.id() + " NEW_CONVERSATION@0", late.id() + " NEW_CONVERSATION@0",
                conversation + " MENTIONED@5", conversation + " URGENT_MESSAGE@4", conversation + " URGENT_MESSAGE@1",
                conversation + " NEW_CONVERSATION@0");
        assertThat(notifications(helper, "?limit=1&after=" + cursor[0]).path("notifications").get(0)
                .path("conversationId").asString()).as("a cursor taken before still pages on where it did")
                .isEqualTo(conversation.toString());
        assertThat(position(early.id())).as("the late event's notification keeps its own, lower, store position")
                .isLessThan(position(late.id()));
        awaitCaughtUp();
        assertThat(get("/api/query/processors/notifications/dead-letters", analyst()).body()).isEmpty();
    }

    private long position(ConversationId about) {
        return jdbc.sql("SELECT position FROM read_model.notification WHERE recipient = :recipient AND conversation_id = :id")
                .param("recipient", helper.toString()).param("id", about.toString()).query(Long.class).single();
    }

    @Test
    void iMarkMyNotificationsReadAndNobodyElseCan() {
        assertThat(unread(assignee)).isEqualTo(4);
        String first = notifications(assignee, "").path("notifications").get(3).path("id").asString();

        var byOther = post("/api/query/notifications/" + first + "/read", staff(helper));
        assertThat(byOther.status()).isEqualTo(404);
        assertThat(byOther.body().path("code").asString()).isEqualTo("not-found");
        assertThat(post("/api/query/notifications/" + UUID.randomUUID() + "/read", staff(helper)).status()).isEqualTo(404);
        assertThat(unread(assignee)).isEqualTo(4);

        var mine = post("/api/query/notifications/" + first + "/read", staff(assignee));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().path("unread").asLong()).isEqualTo(3);
        assertThat(post("/api/query/notifications/" + first + "/read", staff(assignee)).body().path("unread").asLong())
                .isEqualTo(3);
        JsonNode unreadOnly = notifications(assignee, "?unreadOnly=true").path("notifications");
        assertThat(unreadOnly).hasSize(3);
        unreadOnly.forEach(n -> assertThat(n.path("id").asString()).isNotEqualTo(first));
        assertThat(notifications(assignee, "").path("notifications").get(3).path("read").asBoolean()).isTrue();

        assertThat(post("/api/query/notifications/read-all", staff(helper)).body().path("marked").asInt()).isEqualTo(4);
        assertThat(unread(helper)).isZero();
        assertThat(unread(assignee)).isEqualTo(3);
    }

    @Test
    void readMarksSurviveARebuildOfTheNotifications() throws InterruptedException {
        String first = notifications(assignee, "").path("notifications").get(0).path("id").asString();
        post("/api/query/notifications/" + first + "/read", staff(assignee));
        post("/api/query/notifications/read-all", staff(helper));
        JsonNode assigneeBefore = notifications(assignee, "").path("notifications");
        JsonNode helperBefore = notifications(helper, "").path("notifications");

        assertThat(post("/api/query/processors/notifications/rebuild", analyst()).status()).isEqualTo(202);
        JsonNode status;
        int attempts = 0;
        do {
            Thread.sleep(50);
            status = get("/api/query/processors/notifications", analyst()).body();
        } while ((status.path("replaying").asBoolean() || status.path("lag").asLong() > 0) && ++attempts < 600);
        assertThat(status.path("lag").asLong()).isZero();
        assertThat(status.path("state").asString()).isEqualTo("RUNNING");

        assertThat(notifications(assignee, "").path("notifications")).isEqualTo(assigneeBefore);
        assertThat(notifications(helper, "").path("notifications")).isEqualTo(helperBefore);
        assertThat(unread(assignee)).isEqualTo(3);
        assertThat(unread(helper)).isZero();
    }

    private void register(StaffId staffId, String username, StaffRole role) {
        staffEvent(staffId, 0, new StaffRegistered(staffId, new Username(username), "Staff " + username, role));
    }

    private void staffEvent(StaffId staffId, long sequence, Object event) {
        MetaData metaData = MetaData.with(Actor.METADATA_KEY, Actor.system("test").toString());
        storage.appendEvents(List.of(new GenericDomainEventMessage<>("StaffMember", staffId.toString(), sequence, event,
                metaData)));
    }

    /** kind@sequence of the staff member's notifications for this test's conversation, newest first. */
    private List<String> kinds(StaffId staffId) {
        List<String> kinds = new ArrayList<>();
        notifications(staffId, "").path("notifications").forEach(n -> {
            if (n.path("conversationId").asString().equals(conversation.toString())) {
                kinds.add(n.path("kind").asString() + "@" + n.path("sequence").asLong());
            }
        });
        return kinds;
    }

    private JsonNode notifications(StaffId staffId, String query) {
        var response = get("/api/query/notifications" + query, staff(staffId));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    /** The first page (of one) once the staff member's newest notification is about the given conversation. */
    private JsonNode awaitNewest(StaffId staffId, ConversationId about) {
        JsonNode page = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            page = notifications(staffId, "?limit=1");
            if (page.path("notifications").path(0).path("conversationId").asString().equals(about.toString())) {
                return page;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(staffId + "'s newest notification was never about " + about + ": " + page);
    }

    private long unread(StaffId staffId) {
        return get("/api/query/notifications/unread-count", staff(staffId)).body().path("unread").asLong();
    }

    private static String staff(StaffId staffId) {
        return token(staffId.toString(), "staff", "AGENT");
    }
}
