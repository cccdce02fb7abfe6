package io.lifeline.support.storedevents;

import java.util.concurrent.Semaphore;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Lets at most a given number of event processors hold a transaction at once; the others wait their
 * turn, first come first served. Every projection is woken by the same new events at the same moment,
 * so without turns fifteen processor threads (and fifteen database sessions) become runnable together
 * on a machine with a few cores, and a message sent during that burst waits behind all of them. Taking
 * turns, the projections do the same work one after another, a little later, and the send path
 * competes with one of them at a time. Wraps the transactions of the processors' batches and token
 * claims; a thread that already holds a turn (a nested transaction) does not take a second.
 */
public final class BatchTurns implements TransactionManager {
    private final TransactionManager transactions;
    private final Semaphore turns;
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);

    public BatchTurns(TransactionManager transactions, int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one processor must be able to take its turn, not " + atOnce);
        }
        this.transactions = transactions;
        this.turns = new Semaphore(atOnce, true);
    }

    @Override
    public Transaction startTransaction() {
        int[] depth = held.get();
        if (depth[0] == 0) {
            // Not given up when interrupted: Axon interrupts a processor it stops, which then waits for its turn
            // (another's batch is short), runs its own and sees the interrupt after it, without an error logged.
            turns.acquireUninterruptibly();
        }
        depth[0]++;
        Transaction transaction;
        try {
            transaction = transactions.startTransaction();
        } catch (RuntimeException failed) {
            leave(depth);
            throw failed;
        }
        return new Transaction() {
            private boolean ended;

            @Override
            public void commit() {
                try {
                    transaction.commit();
                } finally {
                    end();
                }
            }

            @Override
            public void rollback() {
                try {
                    transaction.rollback();
                } finally {
                    end();
                }
            }

            private void end() {
                if (!ended) { // a transaction ended twice gives its turn back once
                    ended = true;
                    leave(depth);
                }
            }
        };
    }

    private void leave(int[] depth) {
        if (--depth[0] == 0) {
            turns.release();
        }
    }
}
