package io.lifeline.query.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.routing.*;
import io.lifeline.query.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class RoutingIT extends QuerySideIntegrationTest {
    // The queue lists teams by id: fixed ids, so the expected order does not depend on chance.
    private static final TeamId SUPPORT = new TeamId(UUID.fromString("00000000-0000-4000-8000-00000000a001"));
    private static final TeamId EMERGENCIES = new TeamId(UUID.fromString("00000000-0000-4000-8000-00000000a002"));
    private static final RoutingRuleId EVERYTHING = RoutingRuleId.random();
    private static final RoutingRuleId EMERGENCY = RoutingRuleId.random();
    private static final StaffId ANA = StaffId.random();

    @Autowired
    EventStorageEngine storage;

    private long sequence;

    @Test
    void staffSeeTeamsAgentsAndEachWaitingConversationsPlaceInItsTeamsQueue() throws InterruptedException {
        ConversationId held = ConversationId.random();
        ConversationId normal = ConversationId.random();
        ConversationId urgent = ConversationId.random();
        ConversationId emergency = ConversationId.random();
        ConversationId resolved = ConversationId.random();
        append(new DeskOpened(DeskId.DESK),
                new TeamCreated(SUPPORT, new TeamName("Support"), RoutingStrategy.ROUND_ROBIN),
                new TeamCreated(EMERGENCIES, new TeamName("Emergencies"), RoutingStrategy.LEAST_LOADED),
                new TeamMemberAdded(SUPPORT, ANA),
                new RoutingRuleCreated(EVERYTHING, 100, new RoutingMatch(null, null), SUPPORT),
                new RoutingRuleCreated(EMERGENCY, 1, new RoutingMatch(ContextKind.EMERGENCY, null), EMERGENCIES),
                new AgentCapacityChanged(ANA, 1, 5),
                new AgentAvailabilityChanged(ANA, Availability.ONLINE, Availability.OFFLINE),
                new ConversationRouted(held, ticket(0, ContextKind.SUPPORT, Priority.NORMAL), ANA, null,
                        new RoutingDecision(RoutingCause.STARTED, EVERYTHING, SUPPORT, RoutingStrategy.ROUND_ROBIN, 0, 1, null)),
                queued(normal, ticket(1, ContextKind.SUPPORT, Priority.NORMAL), SUPPORT, 1),
                queued(urgent, ticket(2, ContextKind.SUPPORT, Priority.URGENT), SUPPORT, 1),
                queued(emergency, ticket(3, ContextKind.EMERGENCY, Priority.HIGH), EMERGENCIES, 1),
                queued(resolved, ticket(4, ContextKind.SUPPORT, Priority.NORMAL), SUPPORT, 3),
                new ConversationReleased(resolved, null));
        awaitCaughtUp();

        assertThat(queue()).containsExactly(
                urgent + "@" + SUPPORT + "#1", normal + "@" + SUPPORT + "#2", emergency + "@" + EMERGENCIES + "#1");
        JsonNode agents = get("/api/query/routing/agents", admin()).body();
        assertThat(agents).hasSize(1);
        assertThat(agents.get(0).path("availability").asString()).isEqualTo("ONLINE");
        assertThat(agents.get(0).path("capacity").asInt()).isEqualTo(1);
        assertThat(agents.get(0).path("load").asInt()).isEqualTo(1);
        JsonNode teams = get("/api/query/routing/teams", analyst()).body();
        assertThat(teams).hasSize(2);
        assertThat(teams.get(1).path("name").asString()).isEqualTo("Support");
        assertThat(teams.get(1).path("members").get(0).asString()).isEqualTo(ANA.toString());
        assertThat(get("/api/query/routing/rules", admin()).body().get(0).path("ruleId").asString())
                .isEqualTo(EMERGENCY.toString());

        // A rule changed while they wait: they join the other team's queue in their serving order.
        append(new RoutingRuleChanged(EVERYTHING, 100, new RoutingMatch(null, null), EMERGENCIES));
        awaitCaughtUp();
        assertThat(queue()).containsExactly(urgent + "@" + EMERGENCIES + "#1", normal + "@" + EMERGENCIES + "#2",
                emergency + "@" + EMERGENCIES + "#3");
        assertThat(get("/api/query/routing/queue?teamId=" + SUPPORT, admin()).body()).isEmpty();
    }

    private List<String> queue() {
        List<String> places = new ArrayList<>();
        get("/api/query/routing/queue", token(UUID.randomUUID().toString(), "staff", "AGENT")).body()
                .forEach(entry -> places.add(entry.path("conversationId").asString() + "@" + entry.path("teamId").asString()
                        + "#" + entry.path("position").asInt()));
        return places;
    }

    private static RoutingTicket ticket(long arrival, ContextKind context, Priority priority) {
        return new RoutingTicket(context, Channel.WIDGET, priority, arrival);
    }

    private static ConversationQueued queued(ConversationId conversation, RoutingTicket ticket, TeamId team, int position) {
        return new ConversationQueued(conversation, ticket, team, null, position, null);
    }

    private void append(Object... payloads) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (Object payload : payloads) {
            events.add(new GenericDomainEventMessage<>("Desk", DeskId.DESK.toString(), sequence++, payload,
                    MetaData.with(Actor.METADATA_KEY, Actor.system("test").toString())));
        }
        storage.appendEvents(events);
    }
}
