package io.lifeline.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationContext;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class SearchIT extends QuerySideIntegrationTest {
    @Autowired
    EventStorageEngine storage;

    /** A word no other test writes, so results are this test's alone. */
    private final String word = "leak" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final StaffId agent = StaffId.random();

    @Test
    void theMessagesThatSayItMostComeFirstWithASnippet() throws InterruptedException {
        var history = new EventHistory(storage);
        ConversationId most = history.conversation(device()).started(Priority.LOW)
                .deviceSays("a " + word + " in the kitchen, the " + word + " is getting worse, " + word + " everywhere").append();
        ConversationId once = history.conversation(device()).started(Priority.HIGH)
                .deviceSays("there was a small " + word + " yesterday").append();
        ConversationId noted = history.conversation(device()).started(Priority.NORMAL).deviceSays("hello")
                .privateNote(agent, "probably a " + word).append();
        awaitCaughtUp();

        JsonNode hits = search("q=" + word, analyst()).path("hits");
        assertThat(conversations(hits)).containsExactly(most.toString(), once.toString()).doesNotContain(noted.toString());
        assertThat(hits.get(0).path("rank").asDouble()).isGreaterThan(hits.get(1).path("rank").asDouble());
        assertThat(hits.get(1).path("snippet").asString()).contains("<b>" + word + "</b>").contains("small");
        assertThat(hits.get(1).path("sequence").asLong()).isEqualTo(1);
        assertThat(hits.get(1).path("priority").asString()).isEqualTo("HIGH");

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = search("limit=1&q=" + word + (cursor == null ? "" : "&cursor=" + cursor), analyst());
            paged.addAll(conversations(page.path("hits")));
            cursor = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asString();
        } while (cursor != null);
        assertThat(paged).containsExactly(most.toString(), once.toString());
    }

    @Test
    void theInboxFiltersNarrowTheResults() throws InterruptedException {
        var history = new EventHistory(storage);
        String label = "s-" + UUID.randomUUID().toString().substring(0, 8);
        ConversationId resolved = history.conversation(device()).started(Priority.NORMAL).deviceSays("my " + word)
                .staffJoins(agent).staffSays(agent, "fixed the " + word).resolvedBy(agent).append();
        ConversationId assigned = history.conversation(device())
                .started(Channel.WIDGET, new ConversationContext(ContextKind.EMERGENCY, null), Priority.LOW)
                .deviceSays(word + " again").assigned(agent, null, AssignmentReason.MANUAL)
                .priorityChanged(Priority.URGENT, Priority.LOW).labelled(label).append();
        ConversationId unassigned = history.conversation(device()).started(Priority.HIGH).deviceSays("a " + word)
                .assigned(agent, null, AssignmentReason.AUTO).unassigned(agent).labelled(label).unlabelled(label).append();
        awaitCaughtUp();

        String agentToken = token(agent.toString(), "staff", "AGENT");
        assertThat(conversations(search("q=" + word, agentToken).path("hits")))
                .containsExactlyInAnyOrder(resolved.toString(), resolved.toString(), assigned.toString(), unassigned.toString());
        assertThat(conversations(search("q=" + word + "&status=RESOLVED", agentToken).path("hits")))
                .containsOnly(resolved.toString());
        assertThat(conversations(search("q=" + word + "&status=OPEN", agentToken).path("hits")))
                .containsExactlyInAnyOrder(assigned.toString(), unassigned.toString());
        assertThat(conversations(search("q=" + word + "&priority=URGENT", agentToken).path("hits")))
                .containsExactly(assigned.toString());
        assertThat(conversations(search("q=" + word + "&channel=WIDGET&context=EMERGENCY", agentToken).path("hits")))
                .containsExactly(assigned.toString());
        assertThat(conversations(search("q=" + word + "&label=" + label, agentToken).path("hits")))
                .containsExactly(assigned.toString());
        assertThat(conversations(search("q=" + word + "&mine=true", agentToken).path("hits")))
                .containsExactly(assigned.toString());
        assertThat(conversations(search("q=" + word + "&assignee=" + agent, analyst()).path("hits")))
                .containsExactly(assigned.toString());
        assertThat(conversations(search("q=" + word + "&assignee=none&status=OPEN", analyst()).path("hits")))
                .containsExactly(unassigned.toString());
        // web-search syntax: a phrase, and a word left out
        assertThat(conversations(search("q=%22fixed+the+" + word + "%22", analyst()).path("hits")))
                .containsExactly(resolved.toString());
        assertThat(conversations(search("q=" + word + "+-again+-fixed+-my", analyst()).path("hits")))
                .containsExactly(unassigned.toString());
    }

    @Test
    void anyLanguageMatchesWordForWord() throws InterruptedException {
        var history = new EventHistory(storage);
        ConversationId german = history.conversation(device()).started(Priority.NORMAL)
                .deviceSays("Überschwemmung im Keller " + word).append();
        ConversationId greek = history.conversation(device()).started(Priority.NORMAL)
                .deviceSays("Πλημμύρα στο υπόγειο " + word).append();
        awaitCaughtUp();

        assertThat(conversations(search("q=%C3%BCberschwemmung+" + word, analyst()).path("hits")))
                .containsExactly(german.toString());
        assertThat(conversations(search("q=%CF%80%CE%BB%CE%B7%CE%BC%CE%BC%CF%8D%CF%81%CE%B1+" + word, analyst()).path("hits")))
                .containsExactly(greek.toString());
    }

    @Test
    void snippetsAreEscapedText() throws InterruptedException {
        var history = new EventHistory(storage);
        history.conversation(device()).started(Priority.NORMAL).deviceSays("<script>alert(1)</script> " + word).append();
        awaitCaughtUp();

        String snippet = search("q=" + word, analyst()).path("hits").get(0).path("snippet").asString();
        assertThat(snippet).contains("<b>" + word + "</b>").contains("alert(1)&lt;/script&gt;");
        assertThat(snippet.replace("<b>", "").replace("</b>", "")).as("no tag but the highlight").doesNotContain("<", ">");
    }

    @Test
    void onlyStaffSearch() {
        assertThat(get("/api/query/search?q=help", token("d-" + UUID.randomUUID(), "device", "DEVICE")).status())
                .isEqualTo(403);
        assertThat(get("/api/query/search?q=help", null).status()).isEqualTo(401);
        assertThat(get("/api/query/search", analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/search?q=help&cursor=nonsense", analyst()).status()).isEqualTo(400);
    }

    private JsonNode search(String query, String token) {
        Response response = get("/api/query/search?" + query, token);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<String> conversations(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.path("conversationId").asString()));
        return ids;
    }

    private static DeviceId device() {
        return new DeviceId("d-" + UUID.randomUUID());
    }
}
