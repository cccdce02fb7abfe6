package io.lifeline.standalone.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.standalone.TwoCommandSides;
import io.lifeline.standalone.services.RunningService;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two command-side instances share the routing work (each holds one of the process manager's two
 * segments) while conversations start, are resolved and agents come and go through both at once: the
 * desk's history shows no agent ever past capacity, every decision's recorded load and capacity true,
 * and every conversation served from the queue first in line (urgent first, then FIFO).
 */
class AutoAssignmentIT {
    private static final int DEFAULT_CAPACITY = 5;
    private static final int CONVERSATIONS = 80;
    private static final String PASSWORD = "a-long-enough-agent-password";
    private static TwoCommandSides system;
    private static StandaloneForTests lifeline;
    private static RunningService second;

    @BeforeAll
    static void start() throws Exception {
        system = TwoCommandSides.start();
        lifeline = system.lifeline();
        second = system.second();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void twoCommandSidesNeverRouteAnAgentPastCapacity() throws Exception {
        splitTheProcessManagerBetweenTheInstances();
        String admin = lifeline.adminToken();
        URI first = URI.create(lifeline.base());
        URI other = second.uri();

        String team = lifeline.call("POST", "/api/teams", admin, Map.of("name", "Support", "strategy", "LEAST_LOADED"))
                .path("teamId").asString();
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String agent = newAgent();
            agents.add(agent);
            lifeline.call("PUT", "/api/teams/" + team + "/members/" + agent, admin, null);
            lifeline.call("PUT", "/api/agents/" + agent + "/capacity", admin, Map.of("capacity", 2 + i % 2));
            lifeline.call("PUT", "/api/agents/" + agent + "/availability", admin, Map.of("availability", "ONLINE"));
        }
        lifeline.call("POST", "/api/routing-rules", admin, Map.of("order", 1, "teamId", team));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> started = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            URI instance = i % 2 == 0 ? first : other;
            String priority = i % 5 == 0 ? "URGENT" : "NORMAL";
            started.add(pool.submit(() -> startConversation(instance, priority)));
        }
        List<String> conversations = new ArrayList<>();
        for (Future<String> conversation : started) {
            conversations.add(conversation.get());
        }

        // Resolve them all in random order through both instances, while agents go offline and come back
        // and capacities change, each through either instance.
        Collections.shuffle(conversations, new Random(15));
        List<Future<?>> changes = new ArrayList<>();
        for (int i = 0; i < conversations.size(); i++) {
            URI instance = i % 2 == 0 ? first : other;
            String conversation = conversations.get(i);
            changes.add(pool.submit(() -> lifeline.callAt(instance, "POST", "/api/conversations/" + conversation + "/resolve",
                    admin, null)));
            if (i % 10 == 5) {
                String agent = agents.get(i / 10 % agents.size());
                String availability = i % 20 == 5 ? "OFFLINE" : "ONLINE";
                int capacity = 1 + i % 3;
                changes.add(pool.submit(() -> lifeline.callAt(instance, "PUT", "/api/agents/" + agent + "/availability",
                        admin, Map.of("availability", availability))));
                changes.add(pool.submit(() -> lifeline.callAt(instance == first ? other : first, "PUT",
                        "/api/agents/" + agents.get(0) + "/capacity", admin, Map.of("capacity", capacity))));
            }
        }
        for (Future<?> change : changes) {
            change.get();
        }
        pool.shutdown();

        DeskHistory history = awaitEveryConversationReleased(conversations);
        history.replayCheckingEveryDecision(DEFAULT_CAPACITY);
        assertThat(history.routed).as("conversations routed").isGreaterThan(10);
        assertThat(history.servedFromQueue).as("conversations served from the queue").isGreaterThan(0);
        assertThat(history.seats).as("nothing held once all are resolved").isEmpty();
        assertThat(history.waiting).as("nothing waits once all are resolved").isEmpty();
    }

    /** The first instance claimed both segments at start; it lets go of one, which the second instance takes. */
    private static void splitTheProcessManagerBetweenTheInstances() throws InterruptedException {
        processor(lifeline.commandSide()).releaseSegment(1, 10, TimeUnit.MINUTES);
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!processor(second).processingStatus().containsKey(1)) {
            assertThat(Instant.now()).as("the second instance claims the released segment").isBefore(until);
            Thread.sleep(100);
        }
    }

    private static StreamingEventProcessor processor(RunningService commandSide) {
        return commandSide.context().getBean(EventProcessingConfiguration.class)
                .eventProcessor("auto-assignment", StreamingEventProcessor.class).orElseThrow();
    }

    private static DeskHistory awaitEveryConversationReleased(List<String> conversations) throws InterruptedException {
        DataSource dataSource = second.context().getBean(DataSource.class);
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            DeskHistory history = DeskHistory.read(dataSource);
            history.replayCheckingEveryDecision(DEFAULT_CAPACITY);
            if (history.released.containsAll(conversations) && history.seats.isEmpty() && history.waiting.isEmpty()) {
                return history;
            }
            assertThat(Instant.now()).as("every resolved conversation leaves the desk; seats " + history.seats
                    + ", waiting " + history.waiting).isBefore(until);
            Thread.sleep(250);
        }
    }

    private static String newAgent() throws Exception {
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        return lifeline.call("POST", "/api/staff", lifeline.adminToken(), Map.of("username", username, "displayName", "Agent",
                "role", "AGENT", "password", PASSWORD)).path("staffId").asString();
    }

    private static String startConversation(URI instance, String priority) throws Exception {
        String token = lifeline.newDevice().token();
        return lifeline.callAt(instance, "POST", "/api/conversations", token, Map.of("channel", "WIDGET", "subject", "Help",
                        "context", Map.of("kind", "SUPPORT"), "priority", priority, "startNew", true,
                        "firstMessage", Map.of("clientMessageId", "first", "text", "hello")))
                .path("conversationId").asString();
    }
}
