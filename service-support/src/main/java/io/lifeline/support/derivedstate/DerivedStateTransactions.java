package io.lifeline.support.derivedstate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions that write only what can be derived again from the event store (projections' rows,
 * processors' positions, the Kafka publisher's position): their commit does not wait for PostgreSQL
 * to flush it to disk ({@code synchronous_commit} off for the transaction). A crash of the database
 * server may lose the last such commits, each one whole (never part of one); the processors then
 * handle those events again, which they do idempotently. What they write is visible to every
 * reader as soon as the commit returns, as with any commit. Never for storing events or anything
 * else that exists only once.
 */
public class DerivedStateTransactions extends JdbcTransactionManager {

    public DerivedStateTransactions(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL synchronous_commit TO OFF");
        }
    }
}
