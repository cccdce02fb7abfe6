package io.lifeline.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Only the publisher's position is committed without waiting for the flush: the transactions that
 * store events, and the process managers', keep the server's setting.
 */
class PublisherTransactionsIT extends CommandSideIntegrationTest {
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    TransactionManager commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublishersTransactionsAloneDoNotWaitForTheFlush() {
        var processing = axon.eventProcessingConfiguration();

        assertThat(processing.transactionManager(KafkaEventPublisher.PROCESSING_GROUP)
                .fetchInTransaction(this::synchronousCommit)).isEqualTo("off session");
        assertThat(commands.fetchInTransaction(this::synchronousCommit)).as("where events are stored").doesNotEndWith(" session");
        assertThat(processing.transactionManager("auto-assignment").fetchInTransaction(this::synchronousCommit))
                .doesNotEndWith(" session");
    }

    /**
     * The transaction's {@code synchronous_commit} and where it came from: "off session" where the
     * transaction turned it off itself (the test server's own default may be either).
     */
    private String synchronousCommit() {
        return jdbc.sql("SELECT setting || ' ' || source FROM pg_settings WHERE name = 'synchronous_commit'")
                .query(String.class).single();
    }
}
