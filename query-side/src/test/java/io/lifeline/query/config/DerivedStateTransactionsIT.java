package io.lifeline.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The projections' batches commit without waiting for the flush; the service's other transactions keep the server's setting. */
class DerivedStateTransactionsIT extends QuerySideIntegrationTest {
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProjectionsTransactionDoesNotWaitForTheFlushAndOthersDo() {
        String inTheInbox = axon.eventProcessingConfiguration().transactionManager("inbox")
                .fetchInTransaction(this::synchronousCommit);
        String elsewhere = new TransactionTemplate(transactions).execute(status -> synchronousCommit());

        assertThat(inTheInbox).isEqualTo("off session");
        assertThat(elsewhere).doesNotEndWith(" session");
        assertThat(synchronousCommit()).as("after the projection's transaction, on the pooled connection").doesNotEndWith(" session");
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
