package io.lifeline.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestDatabase;
import io.lifeline.support.storedevents.EventStoreReader;
import io.lifeline.support.storedevents.SharedHistoryReads;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How the processors' reads of the store reach PostgreSQL ({@link EventStoreReader}): a store of its
 * own, made by the command side's migrations (so no other test's events land in it), read by an
 * engine built as the services build theirs but on a data source that counts the statements it
 * prepares and the transactions it begins. At the head of the store, where the Kafka publisher reads
 * after every commit, new events cost one statement and no transaction; a full batch is followed by
 * the next; events past a gap wider than a batch come with the next read. Processors reading the same
 * history together read each batch once.
 */
class StoreReadsIT extends CommandSideIntegrationTest {
    private static final int BATCH = 10;
    private static final String AGGREGATE = "conversation-1";
    private static DataSource store;

    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    EventSchema schema;

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger transactions = new AtomicInteger();
    private long nextSequence;

    @BeforeAll
    static void storeOfItsOwn() {
        store = new DriverManagerDataSource(TestDatabase.newDatabase("store_reads"), TestDatabase.username(),
                TestDatabase.password());
        Flyway.configure().dataSource(store).schemas("event_store").defaultSchema("event_store")
                .locations("classpath:db/command-side").load().migrate();
    }

    /** Empty, its global indexes from 1 again. */
    @BeforeEach
    void emptyStore() {
        new JdbcTemplate(store).execute("TRUNCATE " + schema.domainEventTable() + " RESTART IDENTITY");
    }

    @Test
    void newEventsAtTheHeadCostOneStatementAndNoTransaction() {
        EventStoreReader reader = reader(BATCH);
        TrackingToken head = headAfter(reader, 2);
        append(3);
        resetCounts();

        List<Long> read = sequences(reader.readEvents(head, true).toList());

        assertThat(read).containsExactly(2L, 3L, 4L);
        assertThat(statements).as("one query (Axon's stream asked twice more, to find nothing)").hasValue(1);
        assertThat(transactions).as("no transaction around a read made outside one").hasValue(0);
    }

    @Test
    void fullBatchesAreFollowedByTheNextAndAShortOneEndsThePass() {
        EventStoreReader reader = reader(2);
        TrackingToken head = headAfter(reader, 1);
        append(5);
        resetCounts();

        assertThat(sequences(reader.readEvents(head, true).toList())).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(statements).as("reads of 2, 2 and 1 events: the short one ends the pass").hasValue(3);
    }

    @Test
    void eventsPastAGapWiderThanABatchComeWithTheNextRead() {
        EventStoreReader reader = reader(2);
        TrackingToken head = headAfter(reader, 1);
        append(1);
        new JdbcTemplate(store).queryForList("SELECT nextval(pg_get_serial_sequence(?, 'globalindex')) FROM generate_series(1, 5)",
                schema.domainEventTable()); // five indexes taken and never stored: a gap wider than a read
        append(1);

        List<? extends TrackedEventMessage<?>> firstPass = reader.readEvents(head, true).toList();
        assertThat(sequences(firstPass)).as("the first read's range holds only the first event").containsExactly(1L);
        TrackingToken afterFirst = firstPass.get(0).trackingToken();
        assertThat(sequences(reader.readEvents(afterFirst, true).toList()))
                .as("the next read skips the gap and finds the event past it").containsExactly(2L);
    }

    @Test
    void processorsReadingTheSameHistoryReadEachBatchOnce() {
        append(100);
        EventStoreReader alone = reader(BATCH);
        resetCounts();
        List<TrackedEventMessage<?>> readByOne = new ArrayList<>();
        take(alone.readEvents(null, false).iterator(), 100, readByOne);
        int statementsAlone = statements.get();

        EventStoreReader sharing = reader(BATCH, new SharedHistoryReads(20, 1_000, Duration.ofMinutes(1), Duration.ofSeconds(1)));
        resetCounts();
        Iterator<? extends TrackedEventMessage<?>> first = sharing.readEvents(null, false).iterator();
        Iterator<? extends TrackedEventMessage<?>> second = sharing.readEvents(null, false).iterator();
        List<TrackedEventMessage<?>> readByFirst = new ArrayList<>();
        List<TrackedEventMessage<?>> readBySecond = new ArrayList<>();
        while (readBySecond.size() < 100) { // in step, as processors of like cost are
            take(first, 1, readByFirst);
            take(second, 1, readBySecond);
        }

        assertThat(sequences(readByOne)).containsExactlyElementsOf(LongStream.range(0, 100).boxed().toList());
        assertThat(sequences(readByFirst)).containsExactlyElementsOf(sequences(readByOne));
        assertThat(sequences(readBySecond)).containsExactlyElementsOf(sequences(readByOne));
        assertThat(statementsAlone).as("a read of nine (the first read from the start covers one index less),"
                + " nine of ten, one of the last event").isEqualTo(11);
        assertThat(statements).as("two readers: each full batch read once; the first and the last read by both, as a"
                + " short read is shared only by readers asking at the same moment").hasValue(statementsAlone + 2);
        assertThat(readBySecond.get(50)).as("one message for both, decoded once").isSameAs(readByFirst.get(50));
    }

    /** The reader's next {@code count} events, as the store's private streams are read (asked again after a pass, they read on). */
    private static void take(Iterator<? extends TrackedEventMessage<?>> reader, int count, List<TrackedEventMessage<?>> into) {
        for (int i = 0; i < count; i++) {
            if (!reader.hasNext()) {
                assertThat(reader.hasNext()).as("a pass ended with a short read; asked again, it reads on").isTrue();
            }
            into.add(reader.next());
        }
    }

    private EventStoreReader reader(int batchSize) {
        return reader(batchSize, null);
    }

    private EventStoreReader reader(int batchSize, SharedHistoryReads historyReads) {
        DataSource counting = counting(store);
        return new EventStoreReader(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .connectionProvider(new SpringDataSourceConnectionProvider(counting))
                .schema(schema)
                .dataType(byte[].class)
                .batchSize(batchSize), new SpringTransactionManager(new DataSourceTransactionManager(counting)),
                (eventIdentifier, globalIndex) -> { }, historyReads);
    }

    /** The reader's head token once {@code stored} events are in the store (Axon's head token of an empty store is null). */
    private TrackingToken headAfter(EventStoreReader reader, int stored) {
        append(stored);
        return reader.createHeadToken();
    }

    private void append(int count) {
        List<EventMessage<?>> events = new ArrayList<>();
        LongStream.range(nextSequence, nextSequence + count).forEach(sequence ->
                events.add(new GenericDomainEventMessage<>("Conversation", AGGREGATE, sequence, "event " + sequence)));
        nextSequence += count;
        reader(BATCH).appendEvents(events);
    }

    private void resetCounts() {
        statements.set(0);
        transactions.set(0);
    }

    private static List<Long> sequences(List<? extends TrackedEventMessage<?>> read) {
        return read.stream().map(event -> ((DomainEventMessage<?>) event).getSequenceNumber()).toList();
    }

    /** A data source whose connections count the statements they prepare and the transactions they begin. */
    private DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "prepareStatement", "createStatement", "prepareCall" -> statements.incrementAndGet();
                        case "setAutoCommit" -> {
                            if (Boolean.FALSE.equals(args[0]) && target.getAutoCommit()) {
                                transactions.incrementAndGet();
                            }
                        }
                        default -> { }
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
