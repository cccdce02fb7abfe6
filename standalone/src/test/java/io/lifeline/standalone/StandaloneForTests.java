package io.lifeline.standalone;

import io.lifeline.standalone.options.StandaloneOptions;
import io.lifeline.standalone.services.BridgeStarter;
import io.lifeline.standalone.services.RunningService;
import io.lifeline.standalone.services.Service;
import io.lifeline.standalone.services.ServiceLauncher;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A started standalone Lifeline for tests in other packages: its addresses, a signed-in admin, new
 * devices, and REST calls through the edge.
 */
public final class StandaloneForTests implements AutoCloseable {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    /** How many times {@link #start()} tries when a chosen port was taken meanwhile. */
    private static final int STARTS = 3;
    private final RunningLifeline lifeline;
    private final Path dataDir;
    private final int port;
    private final String adminId;
    private String adminToken;
    private String adminRefreshToken;
    private Instant adminTokenExpiresAt;

    /** A device session: the token to act with and the public id events name it by. */
    public record Device(String token, String publicId) {}

    private StandaloneForTests(RunningLifeline lifeline, Path dataDir, int port) throws Exception {
        this.lifeline = lifeline;
        this.dataDir = dataDir;
        this.port = port;
        JsonNode signIn = call("POST", "/api/sessions/staff", null, Map.of("username", "admin",
                "password", Files.readString(dataDir.resolve("admin-password")).strip()));
        this.adminId = signIn.path("staffId").asString();
        holdAdminSession(signIn);
    }

    private void holdAdminSession(JsonNode signedIn) {
        adminToken = signedIn.path("session").path("token").asString();
        adminRefreshToken = signedIn.path("session").path("refreshToken").asString();
        adminTokenExpiresAt = Instant.parse(signedIn.path("session").path("expiresAt").asString());
    }

    private static StandaloneForTests shared;

    /**
     * One system for every test class that leaves it as it found it (the bridge tests), started on
     * first use and stopped when the test JVM ends: a start costs half a minute.
     */
    public static synchronized StandaloneForTests shared() throws Exception {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "lifeline-test-stop"));
        }
        return shared;
    }

    /**
     * Starts a system on a new data directory and port. A start whose port, free when it was chosen, was taken
     * by one of the machine's outgoing connections before it was bound (the kernel hands both out from one
     * range) is made again, at most {@value #STARTS} times in all.
     */
    public static StandaloneForTests start() throws Exception {
        for (int attempt = 1; ; attempt++) {
            Path dataDir = Files.createTempDirectory("lifeline-test");
            int port = freePort();
            try {
                var lifeline = Lifeline.start(new StandaloneOptions(dataDir, false, port, "127.0.0.1", 0, false), Map.of());
                return new StandaloneForTests(lifeline, dataDir, port);
            } catch (ComponentDidNotStart failed) {
                if (!failed.portTaken() || attempt == STARTS) {
                    throw failed;
                }
            }
        }
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI ws() {
        return URI.create("ws://localhost:" + port + "/ws");
    }

    public String origin() {
        return "http://localhost:" + port;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    /** The signed-in admin's access token, refreshed as a console would when it nears its end (they live ten minutes). */
    public synchronized String adminToken() {
        if (Instant.now().isAfter(adminTokenExpiresAt.minus(Duration.ofMinutes(4)))) {
            try {
                holdAdminSession(call("POST", "/api/sessions/staff/refresh", null, Map.of("refreshToken", adminRefreshToken)));
            } catch (Exception e) {
                throw new IllegalStateException("could not refresh the admin's session", e);
            }
        }
        return adminToken;
    }

    /** The generated admin password, for tests that sign in as a client would. */
    public String adminPassword() throws IOException {
        return Files.readString(dataDir.resolve("admin-password")).strip();
    }

    public String adminId() {
        return adminId;
    }

    private RunningService replacedBridge;

    /** The bridge behind the edge. */
    public synchronized RunningService bridge() {
        return replacedBridge != null ? replacedBridge : lifeline.services().stream()
                .filter(running -> running.service() == Service.WEBSOCKET_BRIDGE).findFirst().orElseThrow();
    }

    /** After a test restarted the edge's bridge on its port: the new one is the edge's bridge, and closed at the end. */
    public synchronized void replaceBridge(RunningService restarted) {
        if (restarted != null) {
            replacedBridge = restarted;
        }
    }

    /** Another command-side instance beside the first, on a free port, as two run when distributed; the caller closes it. */
    public RunningService startAnotherCommandSide() {
        return ServiceLauncher.start(Service.COMMAND_SIDE, lifeline.bridges().shared(), java.util.List.of("--server.port=0"));
    }

    /** The command-side instance the edge sends commands to. */
    public RunningService commandSide() {
        return lifeline.services().stream().filter(running -> running.service() == Service.COMMAND_SIDE).findFirst()
                .orElseThrow();
    }

    /** Starts more bridges, or restarts one on its port. */
    public BridgeStarter bridges() {
        return lifeline.bridges();
    }

    /** A connection to the system's database as its owner: for a test that breaks a read model on purpose. */
    public java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(lifeline.database().jdbcUrl(), "postgres", "");
    }

    public Device newDevice() throws Exception {
        JsonNode session = call("POST", "/api/sessions/device", null, Map.of("deviceId", UUID.randomUUID().toString()));
        return new Device(session.path("token").asString(), session.path("device").asString());
    }

    /** A device's conversation holding one message of its own: what a test then tries to reach as someone else. */
    public record OwnedConversation(Device owner, String conversationId, String messageId) {}

    public OwnedConversation someoneElsesConversation() throws Exception {
        var owner = newDevice();
        String id = startConversation(owner.token(), "Private");
        String message = call("POST", "/api/conversations/" + id + "/messages", owner.token(),
                Map.of("clientMessageId", "owner-1", "text", "my address is ...")).path("messageId").asString();
        return new OwnedConversation(owner, id, message);
    }

    /** Assigns the conversation to the admin, who then takes part in it. */
    public void assignToAdmin(String conversationId) throws Exception {
        call("PUT", "/api/conversations/" + conversationId + "/assignee", adminToken(), Map.of("staffId", adminId()));
    }

    public String startConversation(String deviceToken, String subject) throws Exception {
        return call("POST", "/api/conversations", deviceToken, Map.of("channel", "MOBILE", "subject", subject,
                "startNew", true, "firstMessage", Map.of("clientMessageId", "first", "text", subject)))
                .path("conversationId").asString();
    }

    /**
     * For requests that are safe to repeat (a message with its client message id): resent on a
     * server error or a dropped connection, as a client does until it has its answer.
     */
    public JsonNode resend(String method, String path, String token, Object body) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return call(method, path, token, body);
            } catch (java.io.IOException | ServerError failed) {
                if (attempt == 5) {
                    throw failed;
                }
                Thread.sleep(100L * attempt);
            }
        }
    }

    /** A 5xx answer. */
    static final class ServerError extends IllegalStateException {
        ServerError(String message) {
            super(message);
        }
    }

    public JsonNode call(String method, String path, String token, Object body) throws Exception {
        return callAt(URI.create(base()), method, path, token, body);
    }

    /** A call straight to one service instance (another command side, say), bypassing the edge. */
    public JsonNode callAt(URI service, String method, String path, String token, Object body) throws Exception {
        HttpResponse<String> response = sendTo(service, method, path, token, body);
        if (response.statusCode() >= 500) {
            throw new ServerError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    /**
     * Every projection's status once each has handled every stored event, or has stopped on one
     * (state {@code ERROR}), or after twenty seconds: the caller asserts what it expects.
     */
    public JsonNode awaitProjections() throws Exception {
        JsonNode processors = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            processors = call("GET", "/api/query/processors", adminToken(), null);
            boolean settled = true;
            for (JsonNode processor : processors) {
                settled &= processor.path("lag").asLong() == 0 || processor.path("state").asString().equals("ERROR");
            }
            if (settled) {
                return processors;
            }
            Thread.sleep(100);
        }
        return processors;
    }

    /** The status a request through the edge is answered with. */
    public int status(String method, String path, String token, Object body) throws Exception {
        return send(method, path, token, body).statusCode();
    }

    /** The whole answer to a request through the edge, whatever its status. */
    public HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
        return sendTo(URI.create(base()), method, path, token, body);
    }

    private HttpResponse<String> sendTo(URI service, String method, String path, String token, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(service + path)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (replacedBridge != null) {
            replacedBridge.close();
        }
        lifeline.close();
    }
}
