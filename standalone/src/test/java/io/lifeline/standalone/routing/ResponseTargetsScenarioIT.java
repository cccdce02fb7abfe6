package io.lifeline.standalone.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scripted scenario of issue 15: 500 conversations of mixed priorities start at once, ten agents
 * with capacities of 2 to 5 in one team take them as the routing desk seats them, answer three in
 * four (and every urgent one) at once and resolve them, and leave the others unanswered for longer
 * than their first-response target (30 s urgent, 8 s high, 4 s normal and low) before resolving them. The desk's history shows no agent past capacity at any
 * moment and every conversation served from the queue first in line (so first in, first out within
 * each priority); the statistics' counts of first-response clocks started, met, missed and stopped,
 * per priority, equal the ones this test computes from the exported event history.
 */
class ResponseTargetsScenarioIT {
    private static final int CONVERSATIONS = 500;
    private static final int AGENTS = 10;
    /** An agent's capacity until an admin sets one (a capacity set to it again is no change, so no event). */
    private static final int DEFAULT_CAPACITY = 5;
    /** Urgent conversations are served first, so theirs is met by most; the others' few seconds by few. */
    private static final Map<String, Duration> TARGETS = Map.of("URGENT", Duration.ofSeconds(30), "HIGH",
            Duration.ofSeconds(8), "NORMAL", Duration.ofSeconds(4), "LOW", Duration.ofSeconds(4));
    private static final String PASSWORD = "a-long-enough-agent-password";
    private static final String[] PRIORITIES = {"URGENT", "HIGH", "NORMAL", "NORMAL", "LOW"};
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static StandaloneForTests lifeline;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.start();
    }

    @AfterAll
    static void stop() {
        if (lifeline != null) {
            lifeline.close();
        }
    }

    @Test
    void fiveHundredConversationsTenAgentsNoneOverCapacityFifoKeptAndBreachesCountedAsTheHistoryShows() throws Exception {
        Instant began = Instant.now();
        String admin = lifeline.adminToken();
        String team = lifeline.call("POST", "/api/teams", admin, Map.of("name", "Support", "strategy", "LEAST_LOADED"))
                .path("teamId").asString();
        Map<String, String> agentTokens = new HashMap<>();
        Map<String, Integer> capacities = new HashMap<>();
        for (int i = 0; i < AGENTS; i++) {
            String username = "agent-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            String agent = lifeline.call("POST", "/api/staff", admin, Map.of("username", username, "displayName", "Agent " + i,
                    "role", "AGENT", "password", PASSWORD)).path("staffId").asString();
            capacities.put(agent, 2 + i % 4);
            lifeline.call("PUT", "/api/teams/" + team + "/members/" + agent, admin, null);
            lifeline.call("PUT", "/api/agents/" + agent + "/capacity", admin, Map.of("capacity", capacities.get(agent)));
            lifeline.call("PUT", "/api/agents/" + agent + "/availability", admin, Map.of("availability", "ONLINE"));
            agentTokens.put(agent, lifeline.call("POST", "/api/sessions/staff", null, Map.of("username", username,
                    "password", PASSWORD)).path("session").path("token").asString());
        }
        lifeline.call("POST", "/api/routing-rules", admin, Map.of("order", 1, "teamId", team));
        for (var target : TARGETS.entrySet()) {
            lifeline.call("PUT", "/api/response-targets", admin, Map.of("kind", "FIRST_RESPONSE", "priority", target.getKey(),
                    "within", target.getValue().toString()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> starting = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            String priority = PRIORITIES[i % PRIORITIES.length];
            starting.add(pool.submit(() -> startConversation(priority)));
        }
        List<String> conversations = new ArrayList<>();
        for (Future<String> started : starting) {
            conversations.add(started.get());
        }
        Map<String, Instant> startedAt = new ConcurrentHashMap<>();
        Map<String, Duration> targetOf = new HashMap<>();
        Set<String> leftUnanswered = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < conversations.size(); i++) {
            String priority = PRIORITIES[i % PRIORITIES.length];
            startedAt.put(conversations.get(i), Instant.now());
            targetOf.put(conversations.get(i), TARGETS.get(priority));
            if (i % 4 == 3 && !priority.equals("URGENT")) { // an urgent one left would hold its seat half a minute
                leftUnanswered.add(conversations.get(i));
            }
        }

        // The agents work: each answers (or not) and resolves what the desk seated with them, until all are resolved.
        Set<String> resolved = ConcurrentHashMap.newKeySet();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (resolved.size() < CONVERSATIONS) {
            assertThat(Instant.now()).as(resolved.size() + " of " + CONVERSATIONS + " resolved").isBefore(deadline);
            List<Future<?>> work = new ArrayList<>();
            for (var agent : agentTokens.entrySet()) {
                for (JsonNode item : lifeline.call("GET", "/api/query/inbox?status=OPEN&limit=50&assignee=" + agent.getKey(),
                        admin, null).path("items")) {
                    String conversation = item.path("conversationId").asString();
                    if (resolved.contains(conversation)) {
                        continue;
                    }
                    boolean answer = !leftUnanswered.contains(conversation);
                    if (!answer && Duration.between(startedAt.get(conversation), Instant.now())
                            .compareTo(targetOf.get(conversation).plusSeconds(1)) < 0) {
                        continue; // left waiting past its target first
                    }
                    resolved.add(conversation);
                    work.add(pool.submit(() -> handle(agent.getValue(), conversation, answer)));
                }
            }
            for (Future<?> done : work) {
                done.get();
            }
            Thread.sleep(100);
        }
        pool.shutdown();
        lifeline.awaitProjections();

        // No agent past capacity at any moment, and the queue served first in line (urgent first, then FIFO).
        DataSource dataSource = lifeline.commandSide().context().getBean(DataSource.class);
        DeskHistory desk = DeskHistory.read(dataSource).replayCheckingEveryDecision(DEFAULT_CAPACITY);
        assertThat(desk.servedFromQueue).as("conversations served from the queue").isGreaterThan(100);
        capacities.forEach((agent, capacity) -> assertThat(desk.capacity.getOrDefault(agent, DEFAULT_CAPACITY))
                .as("the capacity the desk saw for " + agent).isEqualTo(capacity));
        assertFirstInFirstOutWithinEachPriority(desk);

        // The statistics count what the event history shows.
        Map<String, Map<String, Integer>> expected = firstResponseOutcomesFromTheEventHistory(Set.copyOf(conversations), began);
        JsonNode stats = lifeline.call("GET", "/api/query/stats/response-targets?from=" + began.minusSeconds(60)
                + "&to=" + Instant.now().plusSeconds(60), admin, null);
        Map<String, Map<String, Integer>> counted = new TreeMap<>();
        for (JsonNode group : stats.path("byPriority")) {
            if (group.path("kind").asString().equals("FIRST_RESPONSE")) {
                counted.put(group.path("priority").asString(), Map.of("started", group.path("started").asInt(),
                        "met", group.path("met").asInt(), "missed", group.path("missed").asInt(),
                        "stopped", group.path("stopped").asInt(), "running", group.path("running").asInt()));
            }
        }
        assertThat(counted).as("first-response figures per priority").isEqualTo(expected);
        int missed = expected.values().stream().mapToInt(outcomes -> outcomes.get("missed")).sum();
        int met = expected.values().stream().mapToInt(outcomes -> outcomes.get("met")).sum();
        assertThat(missed).as("breaches").isGreaterThan(0);
        assertThat(met).as("answers in time").isGreaterThan(0);
        assertThat(expected.values().stream().mapToInt(outcomes -> outcomes.get("started")).sum()).isEqualTo(CONVERSATIONS);
        JsonNode firstResponse = null;
        for (JsonNode group : stats.path("byKind")) {
            if (group.path("kind").asString().equals("FIRST_RESPONSE")) firstResponse = group;
        }
        assertThat(firstResponse).isNotNull();
        assertThat(firstResponse.path("missed").asInt()).as("breaches of every priority").isEqualTo(missed);
        int listed = 0;
        String after = null;
        do {
            JsonNode page = lifeline.call("GET", "/api/query/stats/response-targets/missed?kind=FIRST_RESPONSE&limit=200&from="
                    + began.minusSeconds(60) + "&to=" + Instant.now().plusSeconds(60)
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)), admin, null);
            listed += page.path("items").size();
            after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asString();
        } while (after != null);
        assertThat(listed).as("missed conversations listed").isEqualTo(missed);
        assertThat(Duration.between(began, Instant.now())).as("the scenario's run time").isLessThan(Duration.ofMinutes(3));
    }

    /** Each priority's conversations were seated from the queue in the order they arrived in it. */
    private static void assertFirstInFirstOutWithinEachPriority(DeskHistory desk) {
        Map<String, Long> lastArrival = new HashMap<>();
        for (DeskHistory.Event event : desk.events) {
            if (event.type().equals("ConversationRouted") && event.payload().path("decision").path("cause").asString().equals("QUEUE")) {
                String priority = event.payload().path("ticket").path("priority").asString();
                long arrival = event.payload().path("ticket").path("arrival").asLong();
                assertThat(arrival).as(priority + " served in arrival order at desk event " + event.sequence())
                        .isGreaterThan(lastArrival.getOrDefault(priority, -1L));
                lastArrival.put(priority, arrival);
            }
        }
    }

    private static void handle(String agentToken, String conversation, boolean answer) {
        try {
            if (answer) {
                lifeline.call("POST", "/api/conversations/" + conversation + "/messages", agentToken,
                        Map.of("clientMessageId", "answer", "text", "On it."));
            }
            lifeline.call("POST", "/api/conversations/" + conversation + "/resolve", agentToken, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String startConversation(String priority) throws Exception {
        String token = lifeline.newDevice().token();
        return lifeline.call("POST", "/api/conversations", token, Map.of("channel", "WIDGET", "subject", "Help",
                        "context", Map.of("kind", "SUPPORT"), "priority", priority, "startNew", true,
                        "firstMessage", Map.of("clientMessageId", "first", "text", "hello")))
                .path("conversationId").asString();
    }

    /**
     * Replays each conversation's exported events as the aggregate's rule says: a first-response
     * clock is met by a staff message, missed by a miss, stopped unanswered by a resolution or closing,
     * and otherwise still running; counted per the priority the conversation started with.
     */
    private static Map<String, Map<String, Integer>> firstResponseOutcomesFromTheEventHistory(Set<String> conversations,
                                                                                            Instant from) throws Exception {
        HttpResponse<String> export = lifeline.send("GET", "/api/query/events?from=" + from.minusSeconds(60), lifeline.adminToken(), null);
        assertThat(export.statusCode()).isEqualTo(200);
        Map<String, String> priorityOf = new HashMap<>();
        Map<String, String> outcomeOf = new HashMap<>();
        for (String line : export.body().split("\n")) {
            if (line.isBlank()) continue;
            JsonNode event = JSON.readTree(line);
            JsonNode payload = event.path("payload");
            String conversation = payload.path("conversationId").asString();
            if (!conversations.contains(conversation)) {
                continue;
            }
            String type = event.path("type").asString();
            switch (type) {
                case "ConversationStarted" -> priorityOf.put(conversation, payload.path("priority").asString());
                case "ResponseClockStarted" -> {
                    if (payload.path("kind").asString().equals("FIRST_RESPONSE")) outcomeOf.put(conversation, "running");
                }
                case "MessageSent" -> {
                    if (payload.path("author").path("kind").asString().equals("STAFF")) end(outcomeOf, conversation, "met");
                }
                case "ResponseTargetMissed" -> {
                    if (payload.path("kind").asString().equals("FIRST_RESPONSE")) end(outcomeOf, conversation, "missed");
                }
                case "ConversationResolved", "ConversationClosed" -> end(outcomeOf, conversation, "stopped");
                default -> { }
            }
        }
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        outcomeOf.forEach((conversation, outcome) -> {
            Map<String, Integer> of = counts.computeIfAbsent(priorityOf.get(conversation), p -> new HashMap<>(Map.of(
                    "started", 0, "met", 0, "missed", 0, "stopped", 0, "running", 0)));
            of.merge("started", 1, Integer::sum);
            of.merge(outcome, 1, Integer::sum);
        });
        return counts;
    }

    /** A running clock ends once; what happens after does not change how it ended. */
    private static void end(Map<String, String> outcomeOf, String conversation, String outcome) {
        outcomeOf.computeIfPresent(conversation, (id, current) -> current.equals("running") ? outcome : current);
    }
}
