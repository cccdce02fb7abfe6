package io.lifeline.command.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideApplication;
import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestDatabase;
import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.*;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two command-side instances on one database, several threads each, one conversation: every
 * append persists exactly once, in one gap-free order, including resends racing each other.
 */
class ConcurrentAppendIT extends CommandSideIntegrationTest {
    private static final int THREADS_PER_INSTANCE = 4;
    private static final int MESSAGES_PER_THREAD = 40;

    @Autowired
    ActingGateway firstInstance;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentSendsFromTwoInstancesAllPersistInOneOrder() throws Exception {
        DeviceId device = new DeviceId(newDeviceId());
        Acting acting = Acting.device(device);
        ConversationOpened opened = firstInstance.send(new StartConversation(ConversationId.random(), device,
                Channel.MOBILE, null, ConversationContext.general(), Priority.NORMAL, null, null, true), acting);
        ConversationId conversation = opened.conversationId();

        try (ConfigurableApplicationContext second = CommandSideApplication.builder().run(
                "--server.port=0",
                "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--lifeline.admin.password=" + ADMIN_PASSWORD,
                "--lifeline.security.jwt-secret=" + JWT_SECRET,
                "--lifeline.attachment.dir=target/it-attachments",
                "--spring.kafka.bootstrap-servers=" + io.lifeline.testsupport.TestKafka.bootstrapServers())) {
            ActingGateway secondInstance = second.getBean(ActingGateway.class);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS_PER_INSTANCE * 2);
            List<Future<MessageAccepted>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS_PER_INSTANCE * 2; thread++) {
                ActingGateway instance = thread % 2 == 0 ? firstInstance : secondInstance;
                int t = thread;
                for (int n = 0; n < MESSAGES_PER_THREAD; n++) {
                    String clientId = "t" + t + "-" + n;
                    results.add(pool.submit(() -> instance.send(send(conversation, clientId), acting)));
                    // The same client id, resent through the other instance at the same moment.
                    ActingGateway other = instance == firstInstance ? secondInstance : firstInstance;
                    results.add(pool.submit(() -> other.send(send(conversation, clientId), acting)));
                }
            }
            List<MessageAccepted> accepted = new ArrayList<>();
            for (Future<MessageAccepted> result : results) {
                accepted.add(result.get());
            }
            pool.shutdown();

            int unique = THREADS_PER_INSTANCE * 2 * MESSAGES_PER_THREAD;
            assertThat(accepted.stream().filter(a -> !a.duplicate())).hasSize(unique);
            assertThat(accepted.stream().map(MessageAccepted::messageId).distinct()).hasSize(unique);

            List<Long> sequences = jdbc.sql("""
                            SELECT sequencenumber FROM event_store.domainevententry
                            WHERE aggregateidentifier = :id ORDER BY sequencenumber""")
                    .param("id", conversation.toString()).query(Long.class).list();
            assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(0, unique).boxed().toList());
            long storedKeys = jdbc.sql("SELECT count(DISTINCT client_message_id) FROM event_store.client_message_key WHERE conversation_id = :id")
                    .param("id", conversation.value()).query(Long.class).single();
            assertThat(storedKeys).isEqualTo(unique);
        }
    }

    private static SendMessage send(ConversationId conversation, String clientId) {
        return new SendMessage(conversation, MessageId.random(), new ClientMessageId(clientId),
                MessageContent.text("message " + clientId), null, false);
    }
}
