package io.lifeline.query.config;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
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
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.resource.jdbc.spi.PhysicalJdbcTransaction;
import org.hibernate.resource.transaction.spi.TransactionStatus;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a projection's failure on one event cost only that event, while events are still applied
 * in batches. PostgreSQL aborts the whole transaction on a failed statement, and JPA writes only
 * at commit, so within a batch neither the failing event nor the dead-letter entry for it can be
 * told apart from its neighbours. Hence two modes for each handler call:
 * <ul>
 * <li>Fast (the normal case): the handler runs as it is. If the batch then fails, its events
 *     become suspects, and {@link ProcessingConfig}'s dead-letter policy fails the batch rather than
 *     parking an event whose transaction is no longer trustworthy.</li>
 * <li>Isolated (suspects, that is the events of a batch that failed, and every dead-letter
 *     retry): the handler runs inside a savepoint and its JPA changes are flushed within it. On
 *     failure the savepoint is rolled back, so the event leaves no partial row, the transaction
 *     stays usable for the dead-letter entry and for the other events of the batch, and the
 *     failure is reported as an {@link IsolatedFailure}, the only kind the policy parks. Hibernate
 *     marks the whole transaction rollback-only on any failed statement or flush; after the savepoint
 *     is rolled back that mark is lifted again, or the commit would throw away the batch and the
 *     dead-letter entry with it.</li>
 * </ul>
 * So a failing batch is retried once (after the processor's back-off), event by event, and only
 * the event that fails on its own is parked. No savepoint is paid while nothing fails.
 */
@Component
class ProjectionFailureIsolation implements HandlerEnhancerDefinition {
    /** More than any batch can leave behind; a processor reset can strand a few, so the set is bounded. */
    private static final int MAX_SUSPECTS = 100_000;
    private final Set<String> suspects = ConcurrentHashMap.newKeySet();
    private final DataSource dataSource;
    private final EntityManagerFactory entityManagers;

    ProjectionFailureIsolation(DataSource dataSource, EntityManagerFactory entityManagers) {
        this.dataSource = dataSource;
        this.entityManagers = entityManagers;
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
                return isolated(() -> super.handle(message, target));
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
        EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers);
        if (entityManager != null) {
            entityManager.flush(); // what earlier events left pending stays outside this event's savepoint
        }
        PhysicalJdbcTransaction jpaTransaction = entityManager == null ? null
                : entityManager.unwrap(SessionImplementor.class).getJdbcCoordinator().getLogicalConnection()
                        .getPhysicalJdbcTransaction();
        boolean doomedBefore = jpaTransaction != null && jpaTransaction.getStatus() == TransactionStatus.MARKED_ROLLBACK;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = connection.setSavepoint();
        try {
            Object result = call.run();
            if (entityManager != null) {
                entityManager.flush(); // a JPA projection fails here, inside the savepoint, not at commit
            }
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (Exception failure) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
                throw failure; // the transaction is lost: the batch fails and is retried
            }
            if (entityManager != null) {
                entityManager.clear(); // forget the entities whose rows the savepoint took back
                if (!doomedBefore && jpaTransaction.getStatus() == TransactionStatus.MARKED_ROLLBACK) {
                    // Hibernate marks the whole transaction rollback-only on any failed statement or flush, not
                    // knowing the savepoint; left so, the commit would throw away the batch and the dead letter.
                    // Beginning the already begun JDBC transaction again only sets its status back to active.
                    jpaTransaction.begin();
                }
            }
            throw new IsolatedFailure(translated(failure));
        }
    }

    /** A JPA failure as Spring reports it from a repository (a constraint broken: DataIntegrityViolationException). */
    private Exception translated(Exception failure) {
        if (failure instanceof RuntimeException runtime && entityManagers instanceof EntityManagerFactoryInfo info
                && info.getJpaDialect() != null) {
            DataAccessException translated = info.getJpaDialect().translateExceptionIfPossible(runtime);
            if (translated != null) {
                return translated;
            }
        }
        return failure;
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
