package io.lifeline.query.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.*;
import io.lifeline.contracts.routing.ConversationRouted;
import io.lifeline.contracts.routing.RoutingCause;
import io.lifeline.contracts.routing.RoutingDecision;
import io.lifeline.contracts.routing.RoutingRuleId;
import io.lifeline.contracts.routing.RoutingStrategy;
import io.lifeline.contracts.routing.RoutingTicket;
import io.lifeline.contracts.routing.TeamId;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Visitors' ratings as admins and analysts read them: the latest rating per conversation, grouped
 * by the agent who held it, the team the desk chose and the context; the same figures after a
 * rebuild. The ratings here are dated far in the future, so no other test's ratings fall in range.
 */
class SatisfactionIT extends QuerySideIntegrationTest {
    private static final Instant FUTURE = Instant.parse("2091-03-04T10:00:00Z");
    /** A second test's ratings, in a window of their own. */
    private static final Instant LATER = FUTURE.plus(3, ChronoUnit.DAYS);

    @Autowired
    EventStorageEngine storage;

    @Test
    void ratingsCountPerAgentTeamAndContextWithTheLatestRatingOfEachConversation() throws InterruptedException {
        StaffId ana = StaffId.random();
        StaffId ben = StaffId.random();
        TeamId team = TeamId.random();
        var history = new EventHistory(storage);
        ConversationId routed = history.conversation(new DeviceId("d-" + UUID.randomUUID())).at(FUTURE)
                .started(Channel.WIDGET, new ConversationContext(ContextKind.SUPPORT, null), Priority.NORMAL)
                .resolvedBy(ana).ratedByDevice(5, "quick and kind", ana).append();
        history.conversation(new DeviceId("d-" + UUID.randomUUID())).at(FUTURE)
                .started(Channel.MOBILE, new ConversationContext(ContextKind.EMERGENCY, null), Priority.URGENT)
                .resolvedBy(ben).ratedByDevice(2, null, ben).ratedByDevice(4, "better on second thought", ben).append();
        history.conversation(new DeviceId("d-" + UUID.randomUUID())).at(FUTURE)
                .started(Channel.MOBILE, new ConversationContext(ContextKind.EMERGENCY, null), Priority.URGENT)
                .resolvedBy(ben).append(); // never rated
        routedTo(routed, team, ana);
        awaitCaughtUp();

        JsonNode figures = satisfaction(admin());
        assertThat(figures.path("overall").path("ratings").asLong()).isEqualTo(2);
        assertThat(figures.path("overall").path("average").asDouble()).isEqualTo(4.5);
        assertThat(figures.path("overall").path("scores").toString()).isEqualTo("[0,0,0,1,1]");
        assertThat(groups(figures.path("byAgent"))).containsExactlyInAnyOrder(ana + "=5.0/1", ben + "=4.0/1");
        assertThat(groups(figures.path("byTeam"))).containsExactly(team + "=5.0/1", "null=4.0/1");
        assertThat(groups(figures.path("byContext"))).containsExactly("EMERGENCY=4.0/1", "SUPPORT=5.0/1");
        assertThat(get("/api/query/stats/satisfaction", token(UUID.randomUUID().toString(), "staff", "AGENT")).status())
                .isEqualTo(403);

        assertThat(post("/api/query/processors/satisfaction/rebuild", analyst()).status()).isEqualTo(202);
        Thread.sleep(200);
        awaitCaughtUp();
        assertThat(satisfaction(analyst())).as("the same figures after a rebuild").isEqualTo(figures);
    }

    @Test
    void eachSatisfactionFigureDrillsDownToItsRatedConversationsAndTheRangeIsTheStatisticsOne()
            throws InterruptedException {
        StaffId ana = StaffId.random();
        var history = new EventHistory(storage);
        ConversationId five = history.conversation(new DeviceId("d-" + UUID.randomUUID())).at(LATER.plusSeconds(10))
                .started(Channel.WIDGET, new ConversationContext(ContextKind.JOB, null), Priority.NORMAL)
                .resolvedBy(ana).ratedByDevice(5, null, ana).append();
        ConversationId changed = history.conversation(new DeviceId("d-" + UUID.randomUUID())).at(LATER.plusSeconds(20))
                .started(Channel.MOBILE, new ConversationContext(ContextKind.BID, null), Priority.NORMAL)
                .resolvedBy(ana).ratedByDevice(1, null, ana).ratedByDevice(3, "fine after all", null).append();
        awaitCaughtUp();

        assertThat(drillDown("score:5")).contains(five.toString()).doesNotContain(changed.toString());
        assertThat(drillDown("score:3")).contains(changed.toString()).doesNotContain(five.toString());
        assertThat(drillDown("score:1")).as("only the latest rating counts").doesNotContain(changed.toString());
        assertThat(drillDown("agent:" + ana)).containsExactly(five.toString());
        assertThat(drillDown("agent:none")).contains(changed.toString()).doesNotContain(five.toString());
        assertThat(drillDown("context:BID")).contains(changed.toString()).doesNotContain(five.toString());
        assertThat(drillDown("rated")).containsSubsequence(five.toString(), changed.toString());

        String range = "&from=" + LATER + "&to=" + LATER.plusSeconds(3600);
        assertThat(get("/api/query/stats/satisfaction/drill-down?figure=score:6" + range, analyst()).status()).isEqualTo(400);
        assertThat(get("/api/query/stats/satisfaction/drill-down?figure=agent:someone" + range, analyst()).status())
                .isEqualTo(400);
        assertThat(get("/api/query/stats/satisfaction/drill-down?figure=rated" + range,
                token(UUID.randomUUID().toString(), "staff", "AGENT")).status()).isEqualTo(403);
        assertThat(get("/api/query/stats/satisfaction?from=" + LATER + "&to=" + LATER, analyst()).status())
                .as("the statistics' range: from must be before to").isEqualTo(400);
    }

    /** The conversations behind a figure, oldest rating first, over as many pages as there are. */
    private List<String> drillDown(String figure) {
        List<String> ids = new java.util.ArrayList<>();
        String after = null;
        do {
            var response = get("/api/query/stats/satisfaction/drill-down?figure=" + figure + "&from="
                    + LATER.minus(1, ChronoUnit.HOURS) + "&to=" + LATER.plus(1, ChronoUnit.HOURS) + "&limit=2"
                    + (after == null ? "" : "&after=" + after), analyst());
            assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
            response.body().path("items").forEach(item -> ids.add(item.path("conversationId").asString()));
            after = response.body().path("next").isString() ? response.body().path("next").asString() : null;
        } while (after != null);
        return ids;
    }

    private JsonNode satisfaction(String token) {
        var response = get("/api/query/stats/satisfaction?from=" + FUTURE.minus(1, ChronoUnit.HOURS)
                + "&to=" + FUTURE.plus(1, ChronoUnit.HOURS), token);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<String> groups(JsonNode groups) {
        return java.util.stream.StreamSupport.stream(groups.spliterator(), false)
                .map(group -> (group.path("key").isNull() ? "null" : group.path("key").asString()) + "="
                        + group.path("average").asDouble() + "/" + group.path("ratings").asLong())
                .toList();
    }

    /** The desk seated the conversation with the agent, in the team: on a desk stream of this test's own. */
    private void routedTo(ConversationId conversation, TeamId team, StaffId agent) {
        var routed = new ConversationRouted(conversation, new RoutingTicket(ContextKind.SUPPORT, Channel.WIDGET,
                Priority.NORMAL, 0), agent, null, new RoutingDecision(RoutingCause.STARTED, RoutingRuleId.random(), team,
                RoutingStrategy.ROUND_ROBIN, 0, 3, null));
        storage.appendEvents(List.of(new GenericDomainEventMessage<>("Desk", "satisfaction-desk-" + UUID.randomUUID(), 0,
                routed, MetaData.with(Actor.METADATA_KEY, Actor.system("auto-assignment").toString()))));
    }
}
