package io.lifeline.support.storedevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;

class BatchTurnsTest {
    /** The transactions underneath: what was started and ended, in order. */
    private final List<String> log = new ArrayList<>();
    private final TransactionManager underneath = () -> {
        synchronized (log) {
            log.add("start");
        }
        return new Transaction() {
            @Override
            public void commit() {
                synchronized (log) {
                    log.add("commit");
                }
            }

            @Override
            public void rollback() {
                synchronized (log) {
                    log.add("rollback");
                }
            }
        };
    };

    @Test
    void aSecondProcessorWaitsUntilTheFirstCommits() throws Exception {
        var turns = new BatchTurns(underneath, 1);
        Transaction first = turns.startTransaction();
        var waiting = new Thread(() -> turns.startTransaction().commit());
        waiting.start();
        awaitParked(waiting);
        assertThat(log).containsExactly("start");

        first.commit();
        waiting.join(10_000);
        assertThat(waiting.isAlive()).isFalse();
        assertThat(log).containsExactly("start", "commit", "start", "commit");
    }

    @Test
    void aRollbackGivesTheTurnBackToo() throws Exception {
        var turns = new BatchTurns(underneath, 1);
        turns.startTransaction().rollback();
        assertThat(CompletableFuture.supplyAsync(turns::startTransaction).get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void asManyAsAllowedRunAtOnce() throws Exception {
        var turns = new BatchTurns(underneath, 2);
        turns.startTransaction();
        assertThat(CompletableFuture.supplyAsync(turns::startTransaction).get(10, TimeUnit.SECONDS)).isNotNull();
        var third = new Thread(turns::startTransaction);
        third.setDaemon(true); // left waiting
        third.start();
        awaitParked(third);
        assertThat(log).containsExactly("start", "start");
    }

    @Test
    void aNestedTransactionTakesNoSecondTurn() throws Exception {
        var turns = new BatchTurns(underneath, 1);
        Transaction outer = turns.startTransaction();
        Transaction inner = turns.startTransaction(); // would wait for ever if it took a turn of its own
        inner.commit();
        var other = new Thread(() -> turns.startTransaction().commit());
        other.start();
        awaitParked(other); // the outer transaction still holds the turn
        outer.commit();
        other.join(10_000);
        assertThat(other.isAlive()).isFalse();
    }

    @Test
    void aTransactionEndedTwiceGivesItsTurnBackOnce() throws Exception {
        var turns = new BatchTurns(underneath, 1);
        Transaction first = turns.startTransaction();
        first.commit();
        first.rollback();
        turns.startTransaction(); // the one turn
        var waiting = new Thread(turns::startTransaction);
        waiting.setDaemon(true); // left waiting
        waiting.start();
        awaitParked(waiting); // not a second turn released by the second end
    }

    @Test
    void anInterruptedProcessorStillWaitsForItsTurnAndKeepsTheInterrupt() throws Exception {
        var turns = new BatchTurns(underneath, 1);
        Transaction first = turns.startTransaction();
        var interruptKept = new CompletableFuture<Boolean>();
        var waiting = new Thread(() -> {
            turns.startTransaction().commit();
            interruptKept.complete(Thread.currentThread().isInterrupted());
        });
        waiting.start();
        awaitParked(waiting);
        waiting.interrupt();
        awaitParked(waiting); // still waiting: the turn is not skipped
        assertThat(interruptKept).isNotDone();
        first.commit();
        assertThat(interruptKept.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(log).containsExactly("start", "commit", "start", "commit");
    }

    @Test
    void aTransactionThatFailsToStartGivesTheTurnBack() throws Exception {
        var failing = new BatchTurns(() -> {
            throw new IllegalStateException("no connection");
        }, 1);
        assertThatThrownBy(failing::startTransaction).hasMessage("no connection");
        assertThatThrownBy(() -> CompletableFuture.supplyAsync(failing::startTransaction).get(10, TimeUnit.SECONDS))
                .hasRootCauseMessage("no connection"); // it got the turn, rather than waiting for ever
    }

    @Test
    void refusesFewerThanOneTurn() {
        assertThatThrownBy(() -> new BatchTurns(underneath, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void awaitParked(Thread thread) throws InterruptedException {
        for (int i = 0; i < 1_000 && thread.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(10);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
    }
}
