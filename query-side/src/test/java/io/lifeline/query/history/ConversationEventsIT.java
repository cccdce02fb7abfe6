package io.lifeline.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ConversationEventsIT extends QuerySideIntegrationTest {
    @Autowired
    EventStorageEngine storage;

    private DeviceId device;
    private StaffId agent;
    private ConversationId conversation;

    @BeforeEach
    void aConversationWithStaffOnlyEvents() {
        device = new DeviceId("d-" + UUID.randomUUID());
        agent = StaffId.random();
        // Read straight from the store: no waiting for any projection.
        conversation = new EventHistory(storage).conversation(device).started(Priority.NORMAL) // 0
                .deviceSays("hi") // 1
                .delivered(Actor.staff(agent), 1) // 2
                .staffJoins(agent) // 3
                .privateNote(agent, "billing, probably") // 4
                .assigned(agent, null, AssignmentReason.MANUAL) // 5
                .staffSays(agent, "hello") // 6
                .labelled("vip") // 7
                .append();
    }

    @Test
    void staffGetEveryEventAfterASequenceAsEnvelopes() {
        JsonNode page = events("?after=2", staff());
        assertThat(sequences(page)).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(page.path("through").asLong()).isEqualTo(7);
        assertThat(page.path("hasMore").asBoolean()).isFalse();
        JsonNode note = page.path("events").get(1);
        assertThat(note.path("type").asString()).isEqualTo("PrivateNoteAdded");
        assertThat(note.path("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(note.path("actor").asString()).isEqualTo("staff:" + agent);
    }

    @Test
    void theDeviceSeesNeitherNotesNorStaffOrganisationButThroughAccountsForThem() {
        JsonNode page = events("", deviceToken());
        assertThat(sequences(page)).containsExactly(0L, 1L, 2L, 3L, 6L);
        assertThat(page.path("through").asLong()).isEqualTo(7);
    }

    @Test
    void pagesFollowThroughUntilNothingIsLeft() {
        List<Long> seen = new ArrayList<>();
        long after = -1;
        boolean more = true;
        while (more) {
            JsonNode page = events("?limit=3&after=" + after, deviceToken());
            seen.addAll(sequences(page));
            after = page.path("through").asLong();
            more = page.path("hasMore").asBoolean();
        }
        assertThat(seen).containsExactly(0L, 1L, 2L, 3L, 6L);
        assertThat(after).isEqualTo(7);
    }

    @Test
    void anotherDevicesConversationAnswersLikeOneThatDoesNotExist() {
        String stranger = token("d-" + UUID.randomUUID(), "device", "DEVICE");
        Response foreign = get("/api/query/conversations/" + conversation + "/events", stranger);
        Response missing = get("/api/query/conversations/" + UUID.randomUUID() + "/events", stranger);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.body().path("title")).isEqualTo(missing.body().path("title"));
    }

    @Test
    void staffReadsAreRecordedForAdminsToSeeButADevicesOwnReadsAreNot() throws InterruptedException {
        awaitCaughtUp(); // the timeline is a projection
        String reader = StaffId.random().toString();
        String staffToken = token(reader, "staff", "AGENT");
        events("?after=3", staffToken);
        assertThat(get("/api/query/conversations/" + conversation + "/timeline", staffToken).status()).isEqualTo(200);
        events("", deviceToken());

        Response reads = get("/api/query/audit/conversations/" + conversation + "/reads", analyst());
        assertThat(reads.status()).isEqualTo(200);
        assertThat(reads.body()).hasSize(2);
        assertThat(reads.body().get(0).path("staffId").asString()).isEqualTo(reader);
        assertThat(reads.body().get(0).path("role").asString()).isEqualTo("AGENT");
        assertThat(reads.body().get(0).path("view").asString()).isEqualTo("events");
        assertThat(reads.body().get(1).path("view").asString()).isEqualTo("timeline");
        assertThat(get("/api/query/audit/conversations/" + conversation + "/reads", staffToken).status()).isEqualTo(403);
    }

    @Test
    void whoReadWhatIsListedByStaffMemberAcrossConversations() throws InterruptedException {
        awaitCaughtUp();
        String reader = StaffId.random().toString();
        String staffToken = token(reader, "staff", "ANALYST");
        assertThat(get("/api/query/conversations/" + conversation, staffToken).status()).isEqualTo(200);
        assertThat(get("/api/query/conversations/" + conversation + "/timeline", staffToken).status()).isEqualTo(200);

        Response byReader = get("/api/query/audit/reads?staffId=" + reader, admin());
        assertThat(byReader.status()).isEqualTo(200);
        assertThat(byReader.body()).hasSize(2);
        assertThat(byReader.body().get(0).path("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(byReader.body().get(0).path("view").asString()).isEqualTo("summary");
        assertThat(byReader.body().get(1).path("view").asString()).isEqualTo("timeline");
        assertThat(byReader.body().get(1).path("role").asString()).isEqualTo("ANALYST");
        long first = byReader.body().get(0).path("position").asLong();
        assertThat(get("/api/query/audit/reads?staffId=" + reader + "&after=" + first, admin()).body()).hasSize(1);
        assertThat(get("/api/query/audit/reads?conversationId=" + conversation + "&staffId=" + reader, analyst()).body())
                .hasSize(2);
        assertThat(get("/api/query/audit/reads?conversationId=" + UUID.randomUUID() + "&staffId=" + reader, analyst()).body())
                .isEmpty();
        assertThat(get("/api/query/audit/reads", token(reader, "staff", "AGENT")).status()).isEqualTo(403);
    }

    private JsonNode events(String query, String token) {
        Response response = get("/api/query/conversations/" + conversation + "/events" + query, token);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static List<Long> sequences(JsonNode page) {
        List<Long> sequences = new ArrayList<>();
        page.path("events").forEach(event -> sequences.add(event.path("sequence").asLong()));
        return sequences;
    }

    private static String staff() {
        return token(StaffId.random().toString(), "staff", "AGENT");
    }

    private String deviceToken() {
        return token(device.value(), "device", "DEVICE");
    }
}
