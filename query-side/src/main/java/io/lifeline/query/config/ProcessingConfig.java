package io.lifeline.query.config;

import io.lifeline.support.processing.RememberedHandlerChecks;
import io.lifeline.query.config.ProjectionFailureIsolation.IsolatedFailure;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import io.lifeline.support.storedevents.IdleProcessorWait;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How the projections process the event stream. A projection that fails on an event must neither
 * skip it (Axon's default only logs) nor stop every other conversation: the event goes to the
 * processor's dead-letter queue in {@code read_model.dead_letter_entry}, and so does every later
 * event of the same conversation (sequenced by aggregate, that is conversation, id), until an admin
 * retries or evicts them; every other conversation goes on. A rebuild clears the queue. Each
 * processor applies up to {@code lifeline.projections.batch-size} events in one transaction: one
 * commit, and one token update, for a whole batch when events come fast or a projection is rebuilt,
 * and still one event at a time when they trickle in. {@link ProjectionFailureIsolation} makes sure
 * a failing batch parks only the event that fails on its own. An idle processor waits
 * {@code lifeline.event-processing.idle-wait} for events before it extends its claim ({@link IdleProcessorWait}).
 */
@Configuration
@Import(RememberedHandlerChecks.class)
class ProcessingConfig {
    static final String DEAD_LETTER_TABLE = EventStoreConfig.READ_MODEL + ".dead_letter_entry";
    /** A cause's message as shown to admins: Axon allows 1,024 characters, the column holds them. */
    static final int CAUSE_MESSAGE_LENGTH = 1_000;
    /** Far beyond what an admin would leave parked; past it an event fails its batch again. */
    private static final int MAX_PARKED_CONVERSATIONS = 10_000;
    private static final int MAX_PARKED_EVENTS_PER_CONVERSATION = 10_000;

    @Bean
    ConfigurerModule projectionsNeverSkipEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /**
     * Projections send no messages, so nothing they do needs the event's causation and correlation.
     * Axon still gathers them for every event's handling result, which deserialises the event's
     * metadata: about a tenth of a rebuild's time. The audit trail reads the metadata itself.
     */
    @Bean
    ConfigurerModule projectionsGatherNoCorrelationData() {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.configureCorrelationDataProviders(c -> List.of());
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE; // after Axon's Spring configuration registered its providers
            }
        };
    }

    @Bean
    ConfigurerModule projectionsApplyEventsInBatches(@Value("${lifeline.projections.batch-size:1000}") int batchSize,
                                                     @Value("${lifeline.event-processing.idle-wait}") Duration idleWait) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("lifeline.projections.batch-size must be at least 1");
        }
        int idleWaitMillis = IdleProcessorWait.millis(idleWait);
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize)
                        .andEventAvailabilityTimeout(idleWaitMillis, TimeUnit.MILLISECONDS));
    }

    @Bean
    ConfigurerModule projectionsParkFailingConversations(ListableBeanFactory beans, ConnectionProvider connections,
                                                         TransactionManager transactions, Serializer serializer,
                                                         @Qualifier("eventSerializer") Serializer eventSerializer) {
        DeadLetterSchema schema = deadLetterSchema();
        TransactionManager outermostOnly = outermostOnly(transactions);
        return configurer -> {
            var processing = configurer.eventProcessing()
                    // Axon's default, stated because the dead-letter queue depends on it: one conversation, one sequence.
                    .registerDefaultSequencingPolicy(c -> SequentialPerAggregatePolicy.instance())
                    .registerDefaultDeadLetterPolicy(c -> parkOnlyIsolatedFailures());
            // Per group, not through a queue provider: Axon's auto-configuration registers a provider of its own
            // (queues only for `axon.eventhandling.processors.NAME.dlq.enabled`) that would replace ours.
            for (String group : processingGroups(beans)) {
                processing.registerDeadLetterQueue(group, c -> new DeadLetterQueue(JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .schema(schema)
                                .genericSerializer(serializer)
                                .eventSerializer(eventSerializer)
                                .maxSequences(MAX_PARKED_CONVERSATIONS)
                                .maxSequenceSize(MAX_PARKED_EVENTS_PER_CONVERSATION)
                                .claimDuration(Duration.ofSeconds(30))))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (c, invoker) -> invoker
                                .allowReset(true) // a rebuild replays every event, so nothing parked before it still stands
                                .enableSequenceIdentifierCache() // no query per event while nothing of a conversation is parked
                                .transactionManager(outermostOnly));
            }
        };
    }

    /** Every {@code @ProcessingGroup} among the beans: one dead-letter queue each. */
    private static Set<String> processingGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .forEach(group -> groups.add(group.value()));
        return groups;
    }

    /**
     * Parks an event only when it failed on its own ({@link IsolatedFailure}), with a cause fit to
     * show. Any other failure happened in a batch whose transaction may be lost (PostgreSQL aborts
     * it on the first failed statement), so the batch fails and is retried event by event.
     */
    static EnqueuePolicy<EventMessage<?>> parkOnlyIsolatedFailures() {
        return (letter, cause) -> {
            if (cause instanceof IsolatedFailure isolated) {
                return Decisions.enqueue(showableCause(isolated.getCause()));
            }
            throw new IllegalStateException("event " + letter.message().getIdentifier()
                    + " failed within a batch; the batch is retried event by event", cause);
        };
    }

    /** The failure's class and message (the database's own for a failed statement), control characters replaced, cut to size. */
    static ThrowableCause showableCause(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (failure instanceof DataAccessException access && access.getMostSpecificCause() instanceof SQLException database
                && database.getMessage() != null) {
            message = database.getMessage(); // Spring's message leads with the statement, which can fill the column first
        }
        StringBuilder shown = new StringBuilder(Math.min(message.length(), CAUSE_MESSAGE_LENGTH));
        message.codePoints().limit(CAUSE_MESSAGE_LENGTH).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                shown.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : '\uFFFD');
            } else {
                shown.appendCodePoint(c);
            }
        });
        return new ThrowableCause(failure.getClass().getName(), shown.toString());
    }

    /**
     * The dead-letter invoker opens a transaction for each retried event inside the one of its
     * retry; joined, a failed event would doom the outer transaction and the parked entry's update
     * with it. The retried event's own savepoint ({@link ProjectionFailureIsolation}) already undid
     * its work, so a joined transaction here neither commits nor rolls back on its own.
     */
    private static TransactionManager outermostOnly(TransactionManager transactions) {
        return () -> {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return new Transaction() {
                    @Override
                    public void commit() {
                    }

                    @Override
                    public void rollback() {
                    }
                };
            }
            return transactions.startTransaction();
        };
    }

    private static DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(DEAD_LETTER_TABLE)
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("event_timestamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
