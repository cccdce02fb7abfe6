package io.lifeline.query.config;

import io.lifeline.support.storedevents.EventStoreReader;
import io.lifeline.support.storedevents.SharedHistoryReads;
import java.time.Duration;
import io.lifeline.support.storedevents.StoredEventsWakeUp;
import io.lifeline.contracts.serialization.EventJson;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import io.lifeline.support.derivedstate.DerivedStateTransactions;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The query side reads the command side's event store (never writes it) and keeps its processors'
 * tokens beside its read models, so a projection and its position commit together. Events are read
 * tolerantly ({@link UnstorableCharactersUpcaster}), never rewritten. Declared here
 * because Axon's JDBC auto-configuration orders itself for Spring Boot 3 and finds no DataSource.
 */
@Configuration
@Import(StoredEventsWakeUp.class)
class EventStoreConfig {
    static final String READ_MODEL = "read_model";
    private static final int READ_BATCH = 1_000;
    /** A processor reading history that has not read for this long holds no faster one back. */
    private static final Duration SHARED_READS_IDLE = Duration.ofSeconds(2);
    /** The longest a faster processor waits for slower ones before a batch: well within its token claim's 10 s. */
    private static final Duration SHARED_READS_LONGEST_WAIT = Duration.ofSeconds(1);

    @Bean
    @Primary
    Serializer serializer() {
        return EventJson.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return EventJson.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return EventJson.serializer();
    }

    /**
     * Axon's transactions on the query side: processors' batches, tokens and parked events, all derived
     * from the event store, so committed without waiting for the flush ({@link DerivedStateTransactions}).
     */
    @Bean
    TransactionManager axonTransactionManager(DataSource dataSource) {
        return new SpringTransactionManager(new DerivedStateTransactions(dataSource));
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          @Value("${lifeline.event-store.schema}") String eventStoreSchema,
                                          org.axonframework.config.Configuration axon, EventGlobalIndex globalIndexes,
                                          @Value("${lifeline.event-store.shared-reads.window}") long sharedReadsWindow,
                                          @Value("${lifeline.event-store.shared-reads.reach}") long sharedReadsReach) {
        return new EventStoreReader(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                // Ours first: revision upcasters then see text PostgreSQL can hold.
                .upcasterChain(new EventUpcasterChain(new UnstorableCharactersUpcaster(), axon.upcasterChain()))
                .connectionProvider(connections)
                .schema(EventSchema.builder()
                        .eventTable(eventStoreSchema + ".domainevententry")
                        .snapshotTable(eventStoreSchema + ".snapshotevententry")
                        .build())
                .dataType(byte[].class)
                // Rows per read of the store: a rebuilding projection reads in steps as large as the batches it applies.
                .batchSize(READ_BATCH), transactions, globalIndexes::remember,
                sharedReadsWindow == 0 ? null : new SharedHistoryReads(sharedReadsWindow, sharedReadsReach,
                        SHARED_READS_IDLE, SHARED_READS_LONGEST_WAIT));
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(TokenSchema.builder().setTokenTable(READ_MODEL + ".tokenentry").build())
                .contentType(byte[].class)
                .build();
    }
}
