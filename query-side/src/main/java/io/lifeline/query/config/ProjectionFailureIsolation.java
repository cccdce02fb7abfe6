package io.lifeline.query.config;

import io.lifeline.query.batching.ProjectionWrites;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a projection's failure on one event cost only that event, while events are still applied
 * in batches. PostgreSQL aborts the whole transaction on a failed statement, so within a batch
 * neither the failing event nor the dead-letter entry for it can be told apart from its neighbours.
 * Hence two modes for each handler call:
 * <ul>
 * <li>Fast (the normal case): the handler runs as it is. If the batch then fails, its events
 *     become suspects, and {@link ProcessingConfig}'s dead-letter policy fails the batch rather than
 *     parking an event whose transaction is no longer trustworthy.</li>
 * <li>Isolated (suspects, that is the events of a batch that failed, and every dead-letter
 *     retry): the handler runs inside a savepoint. On failure the savepoint is rolled back, so the
 *     event leaves no partial row, the transaction stays usable for the dead-letter entry and for
 *     the other events of the batch, and the failure is reported as an {@link IsolatedFailure}, the
 *     only kind the policy parks.</li>
 * </ul>
 * So a failing batch is retried once (after the processor's back-off), event by event, and only
 * the event that fails on its own is parked. No savepoint is paid while nothing fails. This holds
 * for projections that write with plain JDBC on the transaction's connection, as all of them do
 * (the query side has no JPA): a JPA writer would fail only at its flush, outside the savepoint,
 * and Hibernate would mark the whole transaction rollback-only.
 * <p>
 * Projections hold their writes until the batch commits ({@link ProjectionWrites}), so in the
 * fast mode a bad row fails the batch at its commit, and every event of it becomes a suspect. An
 * isolated event first sends what earlier events held (outside its savepoint: a failure there is
 * theirs, and fails the batch), then sends its own writes inside its savepoint.
 */
@Component
class ProjectionFailureIsolation implements HandlerEnhancerDefinition {
    /** More than any batch can leave behind; a processor reset can strand a few, so the set is bounded. */
    private static final int MAX_SUSPECTS = 100_000;
    private final Set<String> suspects = ConcurrentHashMap.newKeySet();
    private final DataSource dataSource;
    private final ProjectionWrites writes;

    ProjectionFailureIsolation(DataSource dataSource, ProjectionWrites writes) {
        this.dataSource = dataSource;
        this.writes = writes;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!(message instanceof EventMessage<?>) || !CurrentUnitOfWork.isStarted()
                        || !TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
                String key = target.getClass().getName() + ' ' + message.getIdentifier();
                boolean retry = unitOfWork.getResource(DeadLetter.class.getName()) != null;
                if (!retry && !suspects.contains(key)) {
                    unitOfWork.onRollback(u -> suspect(key));
                    return super.handle(message, target);
                }
                unitOfWork.afterCommit(u -> suspects.remove(key));
                writes.flush();
                return isolated(() -> {
                    try {
                        Object result = super.handle(message, target);
                        writes.flush();
                        return result;
                    } catch (Exception failure) {
                        writes.discard(); // held writes of the failed event must not reach a later flush
                        throw failure;
                    }
                });
            }
        };
    }

    private void suspect(String key) {
        if (suspects.size() >= MAX_SUSPECTS) {
            suspects.clear();
        }
        suspects.add(key);
    }

    private Object isolated(HandlerCall call) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = connection.setSavepoint();
        try {
            Object result = call.run();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (Exception failure) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
                throw failure; // the transaction is lost: the batch fails and is retried
            }
            throw new IsolatedFailure(failure);
        }
    }

    @FunctionalInterface
    private interface HandlerCall {
        Object run() throws Exception;
    }

    /**
     * A projection failed on one event and nothing of that event's handling remains: the event may
     * be parked while the transaction goes on. Its cause is the projection's own exception.
     */
    static final class IsolatedFailure extends RuntimeException {
        IsolatedFailure(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
