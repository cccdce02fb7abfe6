package io.lifeline.command.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideApplication;
import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import io.lifeline.command.TestDatabase;
import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.*;
import io.lifeline.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Twenty answer deadlines are scheduled by one command-side instance, which stops before any is due;
 * a new instance started afterwards runs each exactly once (db-scheduler keeps them in PostgreSQL
 * and marks each as picked before running it).
 */
class AnswerDeadlineRestartIT {
    private static final int CONVERSATIONS = 20;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(8);

    @Test
    void twentyPendingAnswerDeadlinesEachFireExactlyOnceAfterARestart() throws Exception {
        List<ConversationId> conversations = new ArrayList<>();
        Instant due;
        try (ConfigurableApplicationContext first = start()) {
            StaffId admin = StaffId.parse(new TestApi(port(first)).staffSession("admin",
                    CommandSideIntegrationTest.ADMIN_PASSWORD).text("staffId"));
            ActingGateway commands = first.getBean(ActingGateway.class);
            for (int i = 0; i < CONVERSATIONS; i++) {
                DeviceId device = new DeviceId("device-" + UUID.randomUUID());
                ConversationOpened opened = commands.send(new StartConversation(ConversationId.random(), device,
                        Channel.MOBILE, null, ConversationContext.general(), Priority.NORMAL, null, null, true),
                        Acting.device(device));
                commands.send(new AssignAutomatically(opened.conversationId(), admin, null), AutoAssignment.DESK);
                conversations.add(opened.conversationId());
            }
            due = Instant.now().plus(ANSWER_WITHIN);
        }
        assertThat(missedPer(conversations)).as("none was due while the first instance ran").isEmpty();
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 1_000);

        try (ConfigurableApplicationContext second = start()) {
            Instant until = Instant.now().plus(Duration.ofSeconds(30));
            while (missedPer(conversations).size() < CONVERSATIONS && Instant.now().isBefore(until)) {
                Thread.sleep(200);
            }
            Thread.sleep(2_000); // time enough for a deadline run twice to show
            Map<String, Long> missed = missedPer(conversations);
            assertThat(missed).hasSize(CONVERSATIONS);
            assertThat(missed.values()).allMatch(count -> count == 1);
        }
    }

    private static ConfigurableApplicationContext start() {
        return CommandSideApplication.builder().run(
                "--server.port=0",
                "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--lifeline.admin.password=" + CommandSideIntegrationTest.ADMIN_PASSWORD,
                "--lifeline.security.jwt-secret=" + CommandSideIntegrationTest.JWT_SECRET,
                "--lifeline.attachment.dir=target/it-attachments",
                "--lifeline.rate-limit.enabled=false",
                "--lifeline.scheduler.polling-interval=PT0.5S",
                "--lifeline.routing.answer.within=" + ANSWER_WITHIN,
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers());
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** How many times each conversation recorded a missed answer, from the store itself. */
    private static Map<String, Long> missedPer(List<ConversationId> conversations) {
        DataSource dataSource = database();
        List<String> ids = conversations.stream().map(ConversationId::toString).toList();
        return JdbcClient.create(dataSource).sql("""
                        SELECT aggregateidentifier FROM event_store.domainevententry
                        WHERE payloadtype = :type AND aggregateidentifier IN (:ids)""")
                .param("type", AnswerDeadlineMissed.class.getName()).param("ids", ids)
                .query(String.class).list().stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    /** A plain connection to the test database, usable while neither instance runs. */
    private static DataSource database() {
        return new DriverManagerDataSource(TestDatabase.url(), TestDatabase.username(), TestDatabase.password());
    }
}
