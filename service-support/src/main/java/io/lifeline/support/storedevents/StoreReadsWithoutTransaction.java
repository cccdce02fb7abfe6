package io.lifeline.support.storedevents;

import java.util.function.Supplier;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactions Axon's JDBC storage engine runs its statements in, except that a read of the store
 * made outside any transaction runs on its own. Axon opens a transaction for every read (some databases
 * read large objects only within one); PostgreSQL reads the store's {@code bytea} columns without, and
 * a statement on its own sees what each statement of a READ COMMITTED transaction sees, so the reads
 * return the same rows. What goes is a {@code COMMIT} round trip per read, and the event store's producer
 * reads after every commit of its instance. A read within a transaction (a command loading its
 * conversation) joins it as before, and writes (events, snapshots) run in transactions as before.
 */
final class StoreReadsWithoutTransaction implements TransactionManager {
    private final TransactionManager transactions;

    StoreReadsWithoutTransaction(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        return transactions.startTransaction();
    }

    @Override
    public <T> T fetchInTransaction(Supplier<T> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return transactions.fetchInTransaction(read);
        }
        return read.get();
    }
}
