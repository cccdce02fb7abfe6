package io.lifeline.standalone.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The routing desk's stored events, replayed by the test itself as plain JSON: who held what after
 * every event, checked against the capacities the events themselves set.
 */
final class DeskHistory {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Event(long sequence, String type, JsonNode payload) {}

    /** A waiting conversation: urgent ones first, then by arrival. */
    record Waiting(String conversation, boolean urgent, long arrival) {}

    private static final Comparator<Waiting> SERVING_ORDER = Comparator.comparing((Waiting waiting) -> !waiting.urgent())
            .thenComparingLong(Waiting::arrival);

    final List<Event> events;
    final Map<String, String> seats = new HashMap<>();
    final Map<String, Integer> capacity = new HashMap<>();
    final Set<Waiting> waiting = new TreeSet<>(SERVING_ORDER);
    final Set<String> released = new java.util.HashSet<>();
    int routed;
    int servedFromQueue;

    private DeskHistory(List<Event> events) {
        this.events = events;
    }

    static DeskHistory read(DataSource dataSource) {
        List<Event> events = JdbcClient.create(dataSource).sql("""
                        SELECT sequencenumber, payloadtype, payload FROM event_store.domainevententry
                        WHERE aggregateidentifier = 'routing-desk' ORDER BY sequencenumber""")
                .query((rs, n) -> new Event(rs.getLong(1), rs.getString(2).substring(rs.getString(2).lastIndexOf('.') + 1),
                        JSON.readTree(new String(rs.getBytes(3), StandardCharsets.UTF_8))))
                .list();
        return new DeskHistory(events);
    }

    /**
     * Replays every event, asserting after each routing that the agent holds no more than their
     * capacity, that the load and capacity the decision recorded are the ones the history shows, and
     * that a conversation served from the queue was the first in serving order.
     */
    DeskHistory replayCheckingEveryDecision(int defaultCapacity) {
        long expected = 0;
        for (Event event : events) {
            assertThat(event.sequence()).as("the desk's stream has no gap").isEqualTo(expected++);
            JsonNode p = event.payload();
            String conversation = p.path("conversationId").asString();
            switch (event.type()) {
                case "AgentCapacityChanged" -> capacity.put(p.path("agent").asString(), p.path("capacity").asInt());
                case "ConversationRouted" -> {
                    String agent = p.path("agent").asString();
                    JsonNode decision = p.path("decision");
                    if (decision.path("cause").asString().equals("QUEUE")) {
                        assertThat(conversation).as("served first in line at desk event " + event.sequence())
                                .isEqualTo(((TreeSet<Waiting>) waiting).first().conversation());
                        servedFromQueue++;
                    }
                    free(conversation);
                    int load = loadOf(agent);
                    int limit = capacity.getOrDefault(agent, defaultCapacity);
                    assertThat(decision.path("loadSeen").asInt()).as("load seen at desk event " + event.sequence()).isEqualTo(load);
                    assertThat(decision.path("capacity").asInt()).as("capacity seen at desk event " + event.sequence())
                            .isEqualTo(limit);
                    seats.put(conversation, agent);
                    assertThat(loadOf(agent)).as("agent " + agent + " after desk event " + event.sequence())
                            .isLessThanOrEqualTo(limit);
                    routed++;
                }
                case "ConversationQueued" -> {
                    free(conversation);
                    JsonNode ticket = p.path("ticket");
                    waiting.add(new Waiting(conversation, ticket.path("priority").asString().equals("URGENT"),
                            ticket.path("arrival").asLong()));
                }
                case "AssigneeRecorded" -> {
                    free(conversation);
                    seats.put(conversation, p.path("assignee").asString());
                }
                case "ConversationReleased" -> {
                    free(conversation);
                    released.add(conversation);
                }
                default -> { }
            }
        }
        return this;
    }

    private void free(String conversation) {
        seats.remove(conversation);
        waiting.removeIf(entry -> entry.conversation().equals(conversation));
    }

    private int loadOf(String agent) {
        return (int) seats.values().stream().filter(agent::equals).count();
    }

    List<String> types() {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.type()));
        return types;
    }
}
