package io.lifeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.lifeline.standalone.options.StandaloneOptions;
import io.lifeline.standalone.services.RunningService;
import io.lifeline.standalone.services.Service;
import io.lifeline.support.logging.TokenRedaction;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as {@code java -jar} runs it, in a temporary data directory on free ports: the
 * services answer through the edge, the broker works, and a stop and a start on the same data
 * directory keep the database, the topics and the admin account. One start, one restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneIT {
    private static final String TOPIC = "standalone-it";
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;
    static StandaloneOptions options;
    static RunningLifeline lifeline;

    @BeforeAll
    static void start() throws Exception {
        options = new StandaloneOptions(dataDir, false, freePort(), "127.0.0.1", 0, false);
        lifeline = Lifeline.start(options, Map.of());
    }

    @AfterAll
    static void stop() {
        if (lifeline != null) {
            lifeline.close();
        }
    }

    /**
     * The banner follows the return of {@code Lifeline.start}: by then every streaming processor has
     * claimed its segments and every Kafka listener has its partitions, so nothing logs after it.
     */
    @Test
    @Order(0)
    void startReturnsOnlyOnceProcessorsAndKafkaListenersHaveStartedSoTheBannerIsTheLastWord() throws Exception {
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var afterStart = new ListAppender<ILoggingEvent>();
        afterStart.start();
        root.addAppender(afterStart);
        try {
            for (RunningService service : lifeline.services()) {
                var processing = service.context().getBeanProvider(EventProcessingConfiguration.class).getIfAvailable();
                if (processing != null) {
                    processing.eventProcessors().values().stream()
                            .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                            .forEach(processor -> assertThat(processor.processingStatus().values().stream()
                                    .mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum())
                                    .as(service.service() + " processor " + processor.getName() + " claimed its segments")
                                    .isGreaterThan(0.999));
                }
                var listeners = service.context().getBeanProvider(KafkaListenerEndpointRegistry.class).getIfAvailable();
                if (listeners != null) {
                    listeners.getListenerContainers().forEach(container -> assertThat(container.getAssignedPartitions())
                            .as(service.service() + " Kafka listener " + container.getListenerId() + " has partitions")
                            .isNotEmpty());
                }
            }
            Thread.sleep(3_000);
            assertThat(afterStart.list).as("logged after start returned")
                    .filteredOn(event -> !isPostgresTimedCheckpoint(event))
                    .extracting(event -> event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage())
                    .isEmpty();
        } finally {
            root.detachAppender(afterStart);
        }
    }

    /**
     * PostgreSQL checkpoints on its own clock (every {@code checkpoint_timeout}) and logs it; a run whose
     * window meets one is not Lifeline logging after its start.
     */
    private static boolean isPostgresTimedCheckpoint(ILoggingEvent event) {
        return event.getLoggerName().equals(EmbeddedPostgres.class.getName())
                && event.getFormattedMessage().matches(".*LOG: +checkpoint (starting: time|complete: ).*");
    }

    /** The contexts start at once, but set up logging one at a time: two at once left two console appenders. */
    @Test
    @Order(0)
    void everyLineIsLoggedOnceThoughTheContextsStartedAtOnce() {
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        List<String> appenders = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appender -> appenders.add(appender.getName()));

        assertThat(appenders).containsExactly("CONSOLE");
    }

    /** Every log-level check of every library passes Logback's turbo filters: only the token redaction is there. */
    @Test
    @Order(0)
    void theOnlyFilterBeforeEveryLogLevelCheckIsTheTokenRedaction() {
        var logback = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(logback.getTurboFilterList()).singleElement().isInstanceOf(TokenRedaction.class);
    }

    /** Kafka's defaults (eight request handlers, three network threads per listener) wake 30 times a second when idle. */
    @Test
    @Order(0)
    void theInProcessBrokerTakesRequestsOnTwoHandlersAndOneNetworkThreadPerListener() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, lifeline.kafka().bootstrapServers()))) {
            Node broker = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).iterator().next();
            ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, broker.idString());
            Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);

            assertThat(config.get("num.io.threads").value()).isEqualTo("2");
            assertThat(config.get("num.network.threads").value()).isEqualTo("1");
        }
    }

    @Test
    @Order(1)
    void theFirstStartShowsTheGeneratedAdminPasswordOnce() throws IOException {
        String password = Files.readString(dataDir.resolve("admin-password")).strip();

        String banner = StartupBanner.render(options, lifeline, Duration.ofSeconds(12));

        assertThat(banner)
                .contains("http://localhost:" + options.port() + "/   (staff sign in here)")
                .contains("http://localhost:" + options.port() + "/swagger-ui.html")
                .contains("admin, password in " + dataDir.resolve("admin-password"))
                .contains(password)
                .contains("Ctrl+C");
    }

    @Test
    @Order(2)
    void theCommandSideAnswersHealthAndApiDocsThroughTheEdge() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        HttpResponse<String> docs = get("/v3/api-docs", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json.readTree(docs.body()).get("openapi").asString()).startsWith("3.");
    }

    @Test
    @Order(3)
    void theGeneratedAdminSignsInAndItsTokenIsAcceptedByEveryService() throws Exception {
        String token = signIn(Files.readString(dataDir.resolve("admin-password")).strip());

        // Authenticated but unmapped: a 404 from a service proves it verified the token with the generated key.
        assertThat(get("/api/query/no-such-view", token).statusCode()).isEqualTo(404);
        assertThat(get("/ws/no-such-endpoint", token).statusCode()).isEqualTo(404);
        assertThat(get("/api/query/no-such-view", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void queryAndBridgePathsReachThoseServicesAndNoOther() throws Exception {
        long queryBefore = settledRequestsSeenBy(Service.QUERY_SIDE);
        long bridgeBefore = settledRequestsSeenBy(Service.WEBSOCKET_BRIDGE);
        long commandBefore = settledRequestsSeenBy(Service.COMMAND_SIDE);

        assertThat(get("/api/query/inbox", null).statusCode()).isEqualTo(401);
        assertThat(requestsSeenAfterAMoment(Service.QUERY_SIDE, queryBefore + 1)).isEqualTo(queryBefore + 1);

        assertThat(get("/ws", null).statusCode()).isEqualTo(401);
        assertThat(get("/widget/no-such-file.js", null).statusCode()).isEqualTo(404); // the widget's files are public
        assertThat(requestsSeenAfterAMoment(Service.WEBSOCKET_BRIDGE, bridgeBefore + 2)).isEqualTo(bridgeBefore + 2);

        assertThat(requestsSeenBy(Service.QUERY_SIDE)).isEqualTo(queryBefore + 1);
        assertThat(requestsSeenBy(Service.COMMAND_SIDE)).isEqualTo(commandBefore);
    }

    @Test
    @Order(5)
    void theInProcessBrokerCarriesARecordFromAProducerToAConsumer() throws Exception {
        produce("conversation-1", "before restart");

        assertThat(consumeAll("first-reader")).containsExactly("conversation-1=before restart");
    }

    @Test
    @Order(6)
    void anAttachmentUploadedThroughTheEdgeIsKeptInTheDataDirectory() throws Exception {
        String device = json.readTree(post("/api/sessions/device", null, "application/json",
                json.writeValueAsBytes(Map.of("deviceId", "standalone-it-" + java.util.UUID.randomUUID()))).body())
                .get("token").asString();
        String conversation = json.readTree(post("/api/conversations", device, "application/json",
                json.writeValueAsBytes(Map.of("channel", "MOBILE"))).body()).get("conversationId").asString();
        var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--edge-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.writeBytes(png.toByteArray());
        body.writeBytes("\r\n--edge-boundary--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        HttpResponse<String> uploaded = post("/api/conversations/" + conversation + "/attachments", device,
                "multipart/form-data; boundary=edge-boundary", body.toByteArray());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String id = json.readTree(uploaded.body()).get("attachmentId").asString();
        assertThat(dataDir.resolve("attachments").resolve(conversation).resolve(id)).hasBinaryContent(png.toByteArray());
        HttpResponse<String> thumbnail = get("/api/conversations/" + conversation + "/attachments/" + id + "/thumbnail", device);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    @Order(7)
    void stopStopsEverythingAndAStartOnTheSameDataKeepsIt() throws Exception {
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE standalone_it_survivor (note text)");
            statement.execute("INSERT INTO standalone_it_survivor VALUES ('written before the restart')");
        }
        String password = Files.readString(dataDir.resolve("admin-password")).strip();
        int databasePort = lifeline.database().port();

        lifeline.close();

        assertThat(listening(options.port())).as("edge port open after stop").isFalse();
        assertThat(listening(databasePort)).as("PostgreSQL port open after stop").isFalse();

        lifeline = Lifeline.start(options, Map.of());

        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM standalone_it_survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the restart");
        }
        assertThat(consumeAll("second-reader")).containsExactly("conversation-1=before restart");
        assertThat(Files.readString(dataDir.resolve("admin-password")).strip()).isEqualTo(password);
        assertThat(signIn(password)).isNotBlank(); // the admin account lives in the event store, not in the file
        assertThat(StartupBanner.render(options, lifeline, Duration.ofSeconds(12))).doesNotContain(password);
    }

    /**
     * A service records a request once its answer is written, which may be just after the client has
     * read it: the count, once it reached {@code expected} or two seconds passed.
     */
    private static long requestsSeenAfterAMoment(Service service, long expected) throws InterruptedException {
        long seen = requestsSeenBy(service);
        for (int attempt = 0; attempt < 40 && seen < expected; attempt++) {
            Thread.sleep(50);
            seen = requestsSeenBy(service);
        }
        return seen;
    }

    /**
     * A service records a request once it has answered, so the last request of an earlier test may
     * still be counted after its answer arrived: wait until the count stops moving.
     */
    private static long settledRequestsSeenBy(Service service) throws InterruptedException {
        long seen = requestsSeenBy(service);
        for (int attempt = 0; attempt < 20; attempt++) {
            Thread.sleep(100);
            long now = requestsSeenBy(service);
            if (now == seen) {
                return seen;
            }
            seen = now;
        }
        return seen;
    }

    private static long requestsSeenBy(Service service) {
        MeterRegistry registry = lifeline.context(service).getBean(MeterRegistry.class);
        return registry.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
    }

    private static String signIn(String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(edge("/api/sessions/staff"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(Map.of("username", "admin", "password", password))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        return body.get("session").get("token").asString();
    }

    private static HttpResponse<String> post(String path, String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(edge(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(edge(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI edge(String path) {
        return URI.create("http://127.0.0.1:" + lifeline.edgePort() + path);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(lifeline.database().jdbcUrl(), "postgres", "");
    }

    private static void produce(String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, lifeline.kafka().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(60, TimeUnit.SECONDS);
        }
    }

    /** Everything on the topic, read from the start by a new consumer group. */
    private static List<String> consumeAll(String group) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, lifeline.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            // A bound on waiting, not an assertion on time: the group's first join takes a few polls.
            long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (records.isEmpty() && System.nanoTime() < giveUpAt) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
        }
        return records;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException other) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
