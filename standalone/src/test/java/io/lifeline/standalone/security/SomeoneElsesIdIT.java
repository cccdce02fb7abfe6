package io.lifeline.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every REST route that takes an id answers someone else's id exactly as it answers an id that does
 * not exist: the same status, the same content type and the same body, but for the id itself. So a
 * caller learns nothing by probing ids. Each check has a fresh stranger, so no limit of one caller
 * runs into the next.
 */
class SomeoneElsesIdIT {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final SecureRandom random = new SecureRandom();
    private static final String AGENT_PASSWORD = "someone else's id passphrase";
    static StandaloneForTests lifeline;
    static String theirs;          // a conversation of the owner's device, assigned to the admin
    static String theirMessage;    // a message in it
    static String theirAttachment; // an image uploaded to it
    static String adminsNotification;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
        var someoneElses = lifeline.someoneElsesConversation();
        theirs = someoneElses.conversationId();
        theirMessage = someoneElses.messageId();
        theirAttachment = upload(theirs, someoneElses.owner().token()).path("attachmentId").asString();
        lifeline.assignToAdmin(theirs);
        adminsNotification = awaitNotificationAbout(theirs);
    }

    @TestFactory
    Stream<DynamicTest> aDeviceGetsForAnotherDevicesConversationWhatItGetsForNone() {
        List<Route> routes = List.of(
                new Route("POST", "/api/conversations/{id}/messages", Map.of("clientMessageId", "probe-1", "text", "hello")),
                new Route("POST", "/api/conversations/{id}/notes", Map.of("text", "a note")),
                new Route("POST", "/api/conversations/{id}/delivered", Map.of("upToSequence", 1)),
                new Route("POST", "/api/conversations/{id}/read", Map.of("upToSequence", 1)),
                new Route("PUT", "/api/conversations/{id}/participants/me", null),
                new Route("DELETE", "/api/conversations/{id}/participants/me", null),
                new Route("PUT", "/api/conversations/{id}/assignee", Map.of("staffId", lifeline.adminId())),
                new Route("DELETE", "/api/conversations/{id}/assignee", null),
                new Route("PUT", "/api/conversations/{id}/priority", Map.of("priority", "HIGH")),
                new Route("POST", "/api/conversations/{id}/snooze", Map.of("until", Instant.now().plus(Duration.ofHours(1)).toString())),
                new Route("POST", "/api/conversations/{id}/resolve", null),
                new Route("POST", "/api/conversations/{id}/reopen", null),
                new Route("POST", "/api/conversations/{id}/close", null),
                new Route("PUT", "/api/conversations/{id}/labels/callback", null),
                new Route("DELETE", "/api/conversations/{id}/labels/callback", null),
                new Route("GET", "/api/query/conversations/{id}", null),
                new Route("GET", "/api/query/conversations/{id}/timeline", null),
                new Route("GET", "/api/query/conversations/{id}/events", null),
                new Route("GET", "/api/query/conversations/{id}/as-of?at=" + Instant.now(), null),
                new Route("GET", "/api/query/audit/conversations/{id}/reads", null),
                new Route("GET", "/ws/events?conversationId={id}", null));
        return routes.stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            String stranger = lifeline.newDevice().token();
            String none = UUID.randomUUID().toString();
            assertSameAnswer(route.call(theirs, stranger), theirs, route.call(none, stranger), none);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aDeviceGetsForAnotherConversationsAttachmentWhatItGetsForNone() {
        return Stream.of(
                DynamicTest.dynamicTest("GET /api/conversations/{theirs}/attachments/{theirs}", () -> {
                    String stranger = lifeline.newDevice().token();
                    String none = UUID.randomUUID().toString();
                    String noAttachment = anotherAttachmentId();
                    assertSameAnswer(get("/api/conversations/" + theirs + "/attachments/" + theirAttachment, stranger),
                            List.of(theirs, theirAttachment),
                            get("/api/conversations/" + none + "/attachments/" + noAttachment, stranger),
                            List.of(none, noAttachment));
                }),
                DynamicTest.dynamicTest("GET /api/conversations/{theirs}/attachments/{theirs}/thumbnail", () -> {
                    String stranger = lifeline.newDevice().token();
                    String none = UUID.randomUUID().toString();
                    String noAttachment = anotherAttachmentId();
                    assertSameAnswer(
                            get("/api/conversations/" + theirs + "/attachments/" + theirAttachment + "/thumbnail", stranger),
                            List.of(theirs, theirAttachment),
                            get("/api/conversations/" + none + "/attachments/" + noAttachment + "/thumbnail", stranger),
                            List.of(none, noAttachment));
                }),
                DynamicTest.dynamicTest("GET /api/conversations/{mine}/attachments/{theirs}", () -> {
                    var stranger = lifeline.newDevice();
                    String mine = lifeline.startConversation(stranger.token(), "Mine");
                    String noAttachment = anotherAttachmentId();
                    assertSameAnswer(get("/api/conversations/" + mine + "/attachments/" + theirAttachment, stranger.token()),
                            theirAttachment,
                            get("/api/conversations/" + mine + "/attachments/" + noAttachment, stranger.token()),
                            noAttachment);
                }),
                DynamicTest.dynamicTest("POST /api/conversations/{theirs}/attachments", () -> {
                    String stranger = lifeline.newDevice().token();
                    String none = UUID.randomUUID().toString();
                    assertSameAnswer(uploadAnswer(theirs, stranger), theirs, uploadAnswer(none, stranger), none);
                }),
                DynamicTest.dynamicTest("POST /api/conversations/{mine}/messages naming their attachment", () -> {
                    var stranger = lifeline.newDevice();
                    String mine = lifeline.startConversation(stranger.token(), "Mine");
                    String noAttachment = anotherAttachmentId();
                    assertSameAnswer(sendImage(mine, theirAttachment, stranger.token()), theirAttachment,
                            sendImage(mine, noAttachment, stranger.token()), noAttachment);
                }));
    }

    @TestFactory
    Stream<DynamicTest> aReplyToAnotherConversationsMessageIsAnsweredLikeAReplyToNone() {
        return Stream.of(DynamicTest.dynamicTest("POST /api/conversations/{mine}/messages replying to theirs", () -> {
            var stranger = lifeline.newDevice();
            String mine = lifeline.startConversation(stranger.token(), "Mine");
            String none = UUID.randomUUID().toString();
            var foreign = lifeline.send("POST", "/api/conversations/" + mine + "/messages", stranger.token(),
                    Map.of("clientMessageId", "reply-1", "text", "me too", "replyTo", theirMessage));
            var missing = lifeline.send("POST", "/api/conversations/" + mine + "/messages", stranger.token(),
                    Map.of("clientMessageId", "reply-1", "text", "me too", "replyTo", none));
            assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(400);
            assertThat(foreign.body()).contains("unknown-message");
            assertSameAnswer(foreign, theirMessage, missing, none);
        }));
    }

    @TestFactory
    Stream<DynamicTest> anAgentGetsForAnotherStaffMembersIdsWhatItGetsForNone() throws Exception {
        String agent = signedInAgent();
        List<Route> routes = List.of(
                new Route("POST", "/api/query/notifications/{id}/read", null),
                new Route("PUT", "/api/staff/{id}/role", Map.of("role", "AGENT")),
                new Route("POST", "/api/staff/{id}/deactivate", null),
                new Route("PUT", "/api/staff/{id}/password", Map.of("password", "a password long enough")));
        return routes.stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            String someoneElses = route.path().contains("notifications") ? adminsNotification : lifeline.adminId();
            String none = UUID.randomUUID().toString();
            assertSameAnswer(route.call(someoneElses, agent), someoneElses, route.call(none, agent), none);
        }));
    }

    /** A request with {@code {id}} in its path, sent with a token and a JSON body when it has one. */
    record Route(String method, String path, Object body) {
        HttpResponse<String> call(String id, String token) throws Exception {
            return lifeline.send(method, path.replace("{id}", id), token, body);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static void assertSameAnswer(HttpResponse<String> foreign, String foreignId, HttpResponse<String> missing,
                                         String missingId) {
        assertSameAnswer(foreign, List.of(foreignId), missing, List.of(missingId));
    }

    /** Same status, type and body once each id is written as a placeholder; and never a success. */
    private static void assertSameAnswer(HttpResponse<String> foreign, List<String> foreignIds,
                                         HttpResponse<String> missing, List<String> missingIds) {
        assertThat(foreign.statusCode()).as(foreign.body()).isBetween(400, 499).isEqualTo(missing.statusCode());
        assertThat(foreign.headers().firstValue("Content-Type")).isEqualTo(missing.headers().firstValue("Content-Type"));
        assertThat(withoutIds(foreign.body(), foreignIds)).isEqualTo(withoutIds(missing.body(), missingIds));
    }

    private static String withoutIds(String body, List<String> ids) {
        String result = body;
        for (int i = 0; i < ids.size(); i++) {
            result = result.replace(ids.get(i), "<id" + i + ">");
        }
        return result;
    }

    /** An attachment id shaped like a real one (same length and alphabet) that was never issued. */
    private static String anotherAttachmentId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var id = new StringBuilder();
        for (int i = 0; i < theirAttachment.length(); i++) {
            char real = theirAttachment.charAt(i);
            id.append(Character.isLetterOrDigit(real) ? alphabet.charAt(random.nextInt(alphabet.length())) : real);
        }
        return id.toString();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return lifeline.send("GET", path, token, null);
    }

    private static HttpResponse<String> sendImage(String conversation, String attachment, String token) throws Exception {
        return lifeline.send("POST", "/api/conversations/" + conversation + "/messages", token,
                Map.of("clientMessageId", "image-1", "kind", "IMAGE", "attachment", attachment));
    }

    private static JsonNode upload(String conversation, String token) throws Exception {
        HttpResponse<String> answer = uploadAnswer(conversation, token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body());
    }

    /** A small PNG as one multipart part {@code file}. */
    private static HttpResponse<String> uploadAnswer(String conversation, String token) throws Exception {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--probe\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(png.toByteArray());
        body.writeBytes("\r\n--probe--\r\n".getBytes(StandardCharsets.US_ASCII));
        var request = HttpRequest.newBuilder(URI.create(lifeline.base() + "/api/conversations/" + conversation + "/attachments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=probe")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signedInAgent() throws Exception {
        String username = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        lifeline.call("POST", "/api/staff", lifeline.adminToken(), Map.of("username", username, "displayName", "Agent",
                "role", "AGENT", "password", AGENT_PASSWORD));
        return lifeline.call("POST", "/api/sessions/staff", null, Map.of("username", username, "password", AGENT_PASSWORD))
                .path("session").path("token").asString();
    }

    /** The admin's notification that it was assigned the conversation, once the projection has it. */
    private static String awaitNotificationAbout(String conversation) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            for (JsonNode notification : lifeline.call("GET", "/api/query/notifications?limit=500", lifeline.adminToken(), null)
                    .path("notifications")) {
                if (notification.path("conversationId").asString().equals(conversation)) {
                    return notification.path("id").asString();
                }
                seen.add(notification.toString());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no notification about " + conversation + " within 20 s; saw " + seen.size());
    }
}
