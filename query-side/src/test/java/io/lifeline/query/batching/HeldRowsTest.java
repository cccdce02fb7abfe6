package io.lifeline.query.batching;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Rows held in memory for a batch are written once, in their final state, and never out of their key's order. */
class HeldRowsTest {
    private final List<String> sent = new ArrayList<>();
    private final ProjectionWrites writes = new ProjectionWrites(new RecordingJdbc(sent));
    private UnitOfWork<?> batch;

    /** A held counter: every fold adds one, and the write inserts the final count. */
    private static final class Counter implements HeldRows {
        final String key;
        int count = 1;

        Counter(String key) {
            this.key = key;
        }

        @Override
        public void write(ProjectionWrites writes) {
            writes.update("insert", key, key, count);
        }
    }

    private void startBatch() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch"));
    }

    @AfterEach
    void endBatch() {
        if (batch != null && batch.isActive()) {
            batch.rollback();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void heldRowsAreWrittenOnceInTheirFinalStateWhenTheBatchCommits() {
        startBatch();
        assertThat(writes.hold("a", new Counter("a"))).isTrue();
        assertThat(writes.hold("b", new Counter("b"))).isTrue();
        writes.held("a", Counter.class).count++;
        writes.held("a", Counter.class).count++;
        writes.held("b", Counter.class).count++;
        assertThat(sent).isEmpty();

        batch.commit();

        assertThat(sent).containsExactly("insert [a, 3] [b, 2]");
    }

    @Test
    void aLaterWriteOfTheKeyComesAfterItsHeldRowsAndEndsTheHold() {
        startBatch();
        writes.hold("a", new Counter("a"));
        writes.held("a", Counter.class).count++;
        writes.update("update", "a", "a");

        assertThat(writes.held("a", Counter.class)).isNull();
        batch.commit();

        assertThat(sent).containsExactly("insert [a, 2]", "update [a]");
    }

    @Test
    void aWriteWithoutKeyComesAfterEveryHeldRow() {
        startBatch();
        writes.hold("a", new Counter("a"));
        writes.update("audit", null, "x");
        writes.hold("b", new Counter("b"));
        batch.commit();

        assertThat(sent).containsExactly("insert [a, 1]", "audit [x]", "insert [b, 1]");
    }

    @Test
    void aFlushWritesHeldRowsSoThatWhatFollowsSeesThem() {
        startBatch();
        writes.hold("a", new Counter("a"));
        writes.flush();

        assertThat(sent).containsExactly("insert [a, 1]");
        assertThat(writes.held("a", Counter.class)).isNull();
    }

    @Test
    void discardedRowsAreNeverWritten() {
        startBatch();
        writes.hold("a", new Counter("a"));
        writes.discard();
        batch.commit();

        assertThat(sent).isEmpty();
    }

    @Test
    void outsideABatchNothingIsHeldAndTheCallerWritesAtOnce() {
        assertThat(writes.hold("a", new Counter("a"))).isFalse();
        assertThat(writes.held("a", Counter.class)).isNull();
    }

    @Test
    void rowsOfAnotherTypeAreNotHandedOut() {
        startBatch();
        writes.hold("a", ignored -> { });

        assertThat(writes.held("a", Counter.class)).isNull();
    }

    /** Records each statement sent and the values bound for each of its rows, instead of sending them. */
    private static final class RecordingJdbc extends JdbcTemplate {
        private final List<String> sent;

        RecordingJdbc(List<String> sent) {
            this.sent = sent;
        }

        @Override
        public int update(String sql, PreparedStatementSetter setter) {
            List<Object> row = new ArrayList<>();
            try {
                setter.setValues(recorder(row));
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            sent.add(sql + " " + row);
            return 1;
        }

        @Override
        public <T> int[][] batchUpdate(String sql, Collection<T> rows, int batchSize, ParameterizedPreparedStatementSetter<T> setter) {
            StringBuilder line = new StringBuilder(sql);
            for (T each : rows) {
                List<Object> row = new ArrayList<>();
                try {
                    setter.setValues(recorder(row), each);
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
                line.append(' ').append(row);
            }
            sent.add(line.toString());
            return new int[0][];
        }

        /** A statement that notes each value set on it, in parameter order. */
        private static PreparedStatement recorder(List<Object> row) {
            return (PreparedStatement) Proxy.newProxyInstance(HeldRowsTest.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("set") && args != null && args.length >= 2) {
                            row.add(args[1]);
                        }
                        return null;
                    });
        }
    }
}
