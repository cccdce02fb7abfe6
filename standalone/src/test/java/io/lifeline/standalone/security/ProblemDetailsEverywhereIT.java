package io.lifeline.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.lifeline.standalone.StandaloneForTests;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error answer, from every service, from Tomcat and from the edge itself, is an RFC 9457
 * problem ({@code application/problem+json}) with a stable {@code code} that echoes no path; and an
 * everyday situation (a new conversation, an unknown conversation id) logs no stack trace.
 */
class ProblemDetailsEverywhereIT {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String PASSWORD = "problem details passphrase";
    static StandaloneForTests lifeline;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
    }

    @Test
    void theQuerySideAndTheBridgeAnswerAMissingTokenWithAProblem() throws Exception {
        for (String path : List.of("/api/query/inbox", "/ws/presence", "/api/conversations/" + UUID.randomUUID() + "/read")) {
            HttpResponse<String> answer = lifeline.send(path.endsWith("/read") ? "POST" : "GET", path, null,
                    Map.of("upToSequence", 1));
            assertProblem(answer, 401, "unauthorized");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).contains("Bearer");
        }
        HttpResponse<String> badToken = lifeline.send("GET", "/api/query/inbox", "not-a-token", null);
        assertProblem(badToken, 401, "unauthorized");
    }

    @Test
    void aMethodARouteDoesNotTakeIs405AndNotANotFoundStaticResource() throws Exception {
        String conversation = lifeline.startConversation(lifeline.newDevice().token(), "Methods");
        assertProblem(lifeline.send("GET", "/api/conversations/" + conversation + "/messages", lifeline.adminToken(), null),
                405, "method-not-allowed");
        assertProblem(lifeline.send("DELETE", "/api/query/inbox", lifeline.adminToken(), null), 405, "method-not-allowed");
    }

    @Test
    void anUnsupportedMediaTypeIs415() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(lifeline.base() + "/api/conversations"))
                .header("Authorization", "Bearer " + lifeline.newDevice().token()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"));
        assertProblem(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), 415, "unsupported-media-type");
    }

    @Test
    void staffAdministrationAnswersAnAgentAdminRequired() throws Exception {
        String agent = signedIn("AGENT");
        assertProblem(lifeline.send("POST", "/api/staff", agent, Map.of("username", "someone-" + UUID.randomUUID()
                .toString().substring(0, 8), "displayName", "X", "role", "AGENT", "password", PASSWORD)), 403, "admin-required");
        assertProblem(lifeline.send("PUT", "/api/staff/" + lifeline.adminId() + "/role", agent, Map.of("role", "AGENT")),
                403, "admin-required");
    }

    @Test
    void aPathNoServiceOwnsIsTheEdgesOwnProblemWithoutThePathAndWithSecurityHeaders() throws Exception {
        String probe = "nothing-here-" + UUID.randomUUID();
        for (String accept : List.of("text/html", "application/json")) {
            var request = HttpRequest.newBuilder(URI.create(lifeline.base() + "/" + probe)).header("Accept", accept).GET();
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(answer, 404, "not-found");
            assertThat(answer.body()).doesNotContain(probe);
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("default-src 'none'"));
        }
    }

    @Test
    void tomcatsOwnRefusalOfABadRequestIsAProblemToo() throws Exception {
        String answer = raw(lifeline.bridge().port(), "GET /ws/presence?a=<script> HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"code\":\"invalid-request\"").doesNotContain("<html").doesNotContain("<script>");
    }

    @Test
    void startingAConversationAndWritingToAnUnknownOneLogNoStackTrace() throws Exception {
        var logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        var captured = new ListAppender<ILoggingEvent>();
        captured.setContext(logback);
        captured.start();
        Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        try {
            var device = lifeline.newDevice();
            lifeline.startConversation(device.token(), "Quiet logs");
            HttpResponse<String> unknown = lifeline.send("POST", "/api/conversations/" + UUID.randomUUID() + "/messages",
                    device.token(), Map.of("clientMessageId", "c-1", "text", "anyone?"));
            assertProblem(unknown, 404, "conversation-not-found");
        } finally {
            root.detachAppender(captured);
        }
        assertThat(captured.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .noneMatch(event -> event.getThrowableProxy() != null)
                .noneMatch(event -> event.getFormattedMessage().contains("load a aggregate"));
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String code) {
        assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(answer.uri().toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("code").asString()).as(answer.body()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isEqualTo("urn:lifeline:problem:" + code);
        assertThat(answer.body()).doesNotContain("No static resource").doesNotContain("Exception");
    }

    /** A request written by hand, since no client sends what a URL may not hold. */
    private static String raw(int port, String request) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String signedIn(String role) throws Exception {
        String username = "problem-" + UUID.randomUUID().toString().substring(0, 8);
        lifeline.call("POST", "/api/staff", lifeline.adminToken(), Map.of("username", username, "displayName", "Staff",
                "role", role, "password", PASSWORD));
        return lifeline.call("POST", "/api/sessions/staff", null, Map.of("username", username, "password", PASSWORD))
                .path("session").path("token").asString();
    }
}
