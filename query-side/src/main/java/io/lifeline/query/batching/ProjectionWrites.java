package io.lifeline.query.batching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collection;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where projections write their rows. Within a processor's batch a write is held and sent with the
 * batch's others as JDBC batches (one round trip per SQL text, not one per row) just before the
 * batch commits; a rebuild pays for the statements, not for thousands of round trips. When events
 * trickle in, a batch is one event and its writes go at its commit, as before.
 * <p>
 * A held write returns no row count, so a projection states its idempotency guard in the statement
 * itself (an update guarded by the last applied sequence, or a {@code WITH moved AS (UPDATE ...
 * RETURNING ...)} that the rest of the statement builds on) rather than deciding in Java. Whatever
 * needs an answer from the database calls {@link #flush()} first, or {@link #updateNow}.
 * <p>
 * SQL is positional ({@code ?}) and constant: no named-parameter parsing per call. Values are bound as
 * Spring's JDBC templates bind them; a null is sent untyped unless wrapped in a {@link SqlParameterValue}.
 * {@code key} says which rows a write belongs to (a conversation id, or a collection of keys for a
 * write that touches several): writes of one key run in the order they were made, writes of
 * different keys may be reordered to share a batch, and a null key keeps a write's place among all
 * others.
 * <p>
 * Within a batch a projection may also {@link #hold} a key's rows in memory ({@link HeldRows}) and fold
 * further events of that key into them, so rows that several events of one batch change are written
 * once, in their final state. Held rows are written before any later write of their key (or any write
 * without a key), and at the latest when the batch sends its writes.
 */
@Component
public class ProjectionWrites {
    private static final String PENDING = ProjectionWrites.class.getName() + ".pending";
    private static final String CLEAR_LOCK_WAIT = "250ms";
    private final JdbcTemplate jdbc;

    ProjectionWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes now, or with the current batch just before it commits (after the rows held for its key). */
    public void update(String sql, Object key, Object... args) {
        PendingWrites pending = pending(true);
        if (pending == null) {
            jdbc.update(sql, statement -> bind(statement, args));
        } else {
            release(pending, key);
            pending.add(sql, key, args);
        }
    }

    /**
     * Keeps {@code rows} as the current batch's rows of {@code key} until they are written (see
     * {@link HeldRows}); false, holding nothing, when there is no batch to hold them in: the caller
     * writes them now. A projection holds only rows it knows are not in its tables yet (a rebuild
     * emptied them), since held rows are written as inserts.
     */
    public boolean hold(Object key, HeldRows rows) {
        PendingWrites pending = pending(true);
        if (pending == null) {
            return false;
        }
        release(pending, key);
        pending.hold(key, rows);
        return true;
    }

    /** The rows of {@code key} the current batch holds, or null (none, or of another type). */
    public <T extends HeldRows> T held(Object key, Class<T> type) {
        PendingWrites pending = pending(false);
        HeldRows rows = pending == null ? null : pending.held(key);
        return type.isInstance(rows) ? type.cast(rows) : null;
    }

    /** Sends what the batch holds, then writes this statement at once: its row count. */
    public int updateNow(String sql, Object... args) {
        flush();
        return jdbc.update(sql, statement -> bind(statement, args));
    }

    /**
     * Empties a projection's tables for a rebuild, in the current transaction. {@code TRUNCATE} gives
     * each table a new, empty file: the rebuild then writes into small indexes and leaves nothing for
     * vacuum, where a {@code DELETE} of every row writes a row version each and leaves the table and
     * its indexes at twice their size until vacuum runs. {@code TRUNCATE} needs every reader of the
     * tables out of the way, so it waits at most {@value #CLEAR_LOCK_WAIT} for them (readers arriving
     * meanwhile queue behind it); if one is still reading then, or the database user may not
     * truncate, the rows are deleted instead, which waits for no reader. Rows of other tables that
     * reference these by a foreign key go with them, as the schema's {@code ON DELETE CASCADE} says.
     * Call it inside a transaction (a reset handler always is: Axon resets a processor's tokens in one).
     */
    public void clear(String... tables) {
        flush();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (!truncated(connection, tables)) {
                try (Statement statement = connection.createStatement()) {
                    for (String table : tables) {
                        statement.executeUpdate("DELETE FROM " + table);
                    }
                }
            }
            return null;
        });
    }

    /** Truncates under a savepoint; false, with the savepoint rolled back, when a reader was in the way or the right was missing. */
    private static boolean truncated(Connection connection, String... tables) throws SQLException {
        Savepoint beforeTruncate = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '" + CLEAR_LOCK_WAIT + "'");
            statement.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            statement.execute("SET LOCAL lock_timeout = DEFAULT");
            connection.releaseSavepoint(beforeTruncate);
            return true;
        } catch (SQLException notTruncated) {
            connection.rollback(beforeTruncate); // undoes the lock wait's setting too
            return false;
        }
    }

    /** Sends every write the current batch holds, so that what is read or written next sees them. */
    public void flush() {
        PendingWrites pending = pending(false);
        if (pending != null && !pending.isEmpty()) {
            send(pending);
        }
    }

    /** Drops what the current batch holds and has not sent: the writes of an event whose handling failed. */
    public void discard() {
        PendingWrites pending = pending(false);
        if (pending != null) {
            pending.drain();
            pending.releaseAll();
        }
    }

    /** Writes the held rows that must go before a write of {@code key}: its own, or every key's for a null key. */
    private void release(PendingWrites pending, Object key) {
        if (key == null) {
            for (HeldRows rows : pending.releaseAll()) {
                rows.write(this);
            }
        } else if (key instanceof Collection<?> keys) {
            for (Object one : keys) {
                release(pending, one);
            }
        } else {
            HeldRows rows = pending.release(key);
            if (rows != null) {
                rows.write(this);
            }
        }
    }

    private void send(PendingWrites pending) {
        for (HeldRows rows : pending.releaseAll()) {
            rows.write(this); // into this same buffer: the batch's unit of work is still the current one
        }
        for (PendingWrites.Group group : pending.drain()) {
            if (group.rows().size() == 1) {
                jdbc.update(group.sql(), statement -> bind(statement, group.rows().get(0)));
            } else {
                jdbc.batchUpdate(group.sql(), group.rows(), group.rows().size(), ProjectionWrites::bind);
            }
        }
    }

    /** The current batch's buffer; none outside a unit of work with a transaction (nothing would send it). */
    private PendingWrites pending(boolean create) {
        if (!CurrentUnitOfWork.isStarted() || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (!create) {
            return root.getResource(PENDING);
        }
        return root.getOrComputeResource(PENDING, key -> {
            PendingWrites created = new PendingWrites();
            root.onPrepareCommit(unitOfWork -> send(created)); // inside the batch's transaction, before its commit
            return created;
        });
    }

    private static void bind(PreparedStatement statement, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object value = args[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL); // untyped: the server takes the column's or the cast's type
            } else if (value instanceof SqlParameterValue typed && typed.getValue() == null) {
                statement.setNull(i + 1, typed.getSqlType());
            } else {
                StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, value);
            }
        }
    }
}
