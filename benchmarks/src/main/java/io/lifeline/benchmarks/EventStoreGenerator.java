package io.lifeline.benchmarks;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationContext;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.serialization.EventJson;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Serializer;

/**
 * Writes valid conversation events straight into the event store, in JDBC batches, as the command
 * side would have stored them: payloads through {@link EventJson}, metadata with actor, causation and
 * correlation, one aggregate sequence per conversation. Far faster than a million REST calls.
 *
 * <p>The command side's Kafka publisher would publish every generated event, competing for the same
 * two cores during the measurements. So the generator first takes the publisher's token over (its
 * owner changes, which makes the publisher release it) and keeps that claim fresh while it writes;
 * at the end it hands the token back set to the store's head, and the publisher carries on with what
 * comes next. The generated events are history the query side projects, never news for Kafka. Only use
 * this on a benchmark system.
 */
final class EventStoreGenerator implements AutoCloseable {
    private static final String PUBLISHER = "kafka-publisher";
    private static final String OWNER = "lifeline-benchmarks";
    private static final String INSERT = """
            INSERT INTO event_store.domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type,
                timestamp, payloadtype, payloadrevision, payload, metadata) VALUES (?, ?, ?, 'Conversation', ?, ?, '1', ?, ?)""";
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private final Serializer serializer = EventJson.serializer();
    private long pending;
    private long written;

    EventStoreGenerator(String jdbcUrl, String user) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                user, "");
        connection.setAutoCommit(false);
        insert = connection.prepareStatement(INSERT);
    }

    /** Waits until the publisher has published everything stored so far, then takes its token over. */
    void pausePublisher() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (publisherPosition() < head() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        try (PreparedStatement claim = connection.prepareStatement(
                "UPDATE event_store.tokenentry SET owner = ?, timestamp = ? WHERE processorname = ?")) {
            claim.setString(1, OWNER);
            claim.setString(2, Instant.now().toString());
            claim.setString(3, PUBLISHER);
            claim.executeUpdate();
        }
        connection.commit();
    }

    /** Gives the publisher its token back, at the head: what was generated is never published. */
    void resumePublisherAtHead() throws SQLException {
        flush();
        try (PreparedStatement release = connection.prepareStatement("""
                UPDATE event_store.tokenentry SET token = ?, tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken',
                    owner = NULL, timestamp = ? WHERE processorname = ?""")) {
            release.setBytes(1, ("{\"index\":" + head() + ",\"gaps\":[]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            release.setString(2, Instant.now().toString());
            release.setString(3, PUBLISHER);
            release.executeUpdate();
        }
        connection.commit();
    }

    /** Starts {@code count} conversations of new devices, each with {@code messagesEach} messages. */
    void conversations(long count, int messagesEach) throws SQLException {
        for (long c = 0; c < count; c++) {
            ConversationId conversation = ConversationId.random();
            DeviceId device = new DeviceId("d-" + UUID.randomUUID().toString().replace("-", ""));
            Actor actor = Actor.device(device);
            add(conversation, 0, new ConversationStarted(conversation, device, Channel.MOBILE, "generated",
                    ConversationContext.general(), Priority.NORMAL, null, actor), actor);
            messages(conversation, actor, 1, messagesEach);
        }
    }

    /** Appends messages by the conversation's own device after its last stored event. */
    void appendMessages(String conversationId, int count) throws SQLException {
        flush();
        ConversationId conversation = new ConversationId(UUID.fromString(conversationId));
        long next;
        String device;
        try (PreparedStatement last = connection.prepareStatement("""
                SELECT max(sequencenumber),
                       (SELECT convert_from(metadata, 'UTF8') FROM event_store.domainevententry
                         WHERE aggregateidentifier = ? AND sequencenumber = 0)
                  FROM event_store.domainevententry WHERE aggregateidentifier = ?""")) {
            last.setString(1, conversationId);
            last.setString(2, conversationId);
            try (ResultSet row = last.executeQuery()) {
                row.next();
                next = row.getLong(1) + 1;
                String metadata = row.getString(2);
                device = metadata.replaceAll(".*\"actor\":\"device:([^\"]+)\".*", "$1");
            }
        }
        messages(conversation, Actor.device(new DeviceId(device)), next, count);
    }

    private void messages(ConversationId conversation, Actor author, long firstSequence, int count) throws SQLException {
        for (int m = 0; m < count; m++) {
            add(conversation, firstSequence + m, new MessageSent(conversation, MessageId.random(),
                    new ClientMessageId("g-" + (firstSequence + m)), author,
                    MessageContent.text("generated message " + (firstSequence + m)), null, false), author);
        }
    }

    private void add(ConversationId conversation, long sequence, Object event, Actor actor) throws SQLException {
        String causation = UUID.randomUUID().toString();
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, conversation.toString());
        insert.setLong(3, sequence);
        insert.setString(4, Instant.now().toString());
        insert.setString(5, event.getClass().getName());
        insert.setBytes(6, serializer.serialize(event, byte[].class).getData());
        insert.setBytes(7, ("{\"actor\":\"" + actor + "\",\"causationId\":\"" + causation + "\",\"correlationId\":\""
                + causation + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        insert.addBatch();
        written++;
        if (++pending % BATCH == 0) {
            insert.executeBatch();
        }
        if (pending >= COMMIT_EVERY) {
            flush();
        }
    }

    private void flush() throws SQLException {
        insert.executeBatch();
        try (PreparedStatement heartbeat = connection.prepareStatement(
                "UPDATE event_store.tokenentry SET timestamp = ? WHERE processorname = ? AND owner = ?")) {
            heartbeat.setString(1, Instant.now().toString()); // keeps the publisher's token ours while we write
            heartbeat.setString(2, PUBLISHER);
            heartbeat.setString(3, OWNER);
            heartbeat.executeUpdate();
        }
        connection.commit();
        pending = 0;
    }

    long written() {
        return written;
    }

    long head() throws SQLException {
        return single("SELECT coalesce(max(globalindex), 0) FROM event_store.domainevententry");
    }

    long conversationCount() throws SQLException {
        return single("SELECT count(*) FROM event_store.domainevententry WHERE sequencenumber = 0 AND type = 'Conversation'");
    }

    private long publisherPosition() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT convert_from(token, 'UTF8') FROM event_store.tokenentry WHERE processorname = ?")) {
            query.setString(1, PUBLISHER);
            try (ResultSet row = query.executeQuery()) {
                connection.commit();
                if (!row.next() || row.getString(1) == null) {
                    return -1;
                }
                return Long.parseLong(row.getString(1).replaceAll(".*\"index\":(\\d+).*", "$1"));
            }
        }
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            long value = row.getLong(1);
            connection.commit();
            return value;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
