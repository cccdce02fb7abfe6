package io.lifeline.command.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ConversationApiIT extends CommandSideIntegrationTest {
    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> text(String clientId, String text) {
        return Map.of("clientMessageId", clientId, "kind", "TEXT", "text", text);
    }

    @Test
    void deviceTalksToStaffFromStartToResolution() {
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());

        var opened = api.post("/api/conversations", device, Map.of("channel", "MOBILE", "subject", "Flat tyre",
                "context", Map.of("kind", "SUPPORT", "referenceId", "job-42"), "priority", "HIGH",
                "firstMessage", text("c-0", "I am stuck on the A7")));
        opened.expectStatus(201);
        String id = opened.text("conversationId");
        assertThat(opened.body().path("firstMessage").path("sequence").asLong()).isEqualTo(1);

        var first = api.post("/api/conversations/" + id + "/messages", device, text("c-1", "near exit 12"));
        var second = api.post("/api/conversations/" + id + "/messages", device, text("c-2", "blue car"));
        var repeated = api.post("/api/conversations/" + id + "/messages", device, text("c-1", "near exit 12"));
        first.expectStatus(201);
        second.expectStatus(201);
        assertThat(first.body().path("sequence").asLong()).isEqualTo(2);
        assertThat(second.body().path("sequence").asLong()).isEqualTo(3);
        repeated.expectStatus(200);
        assertThat(repeated.text("messageId")).isEqualTo(first.text("messageId"));
        assertThat(repeated.body().path("sequence").asLong()).isEqualTo(2);
        assertThat(repeated.body().path("duplicate").asBoolean()).isTrue();

        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String adminId = api.post("/api/sessions/staff", null, Map.of("username", "admin", "password", ADMIN_PASSWORD))
                .body().path("staffId").asString();
        var assigned = api.put("/api/conversations/" + id + "/assignee", admin, Map.of("staffId", adminId));
        assigned.expectStatus(200);
        assertThat(assigned.body().path("sequence").asLong()).isEqualTo(4);
        var reply = api.post("/api/conversations/" + id + "/messages", admin, text("a-1", "help is on the way"));
        reply.expectStatus(201);
        var resolved = api.post("/api/conversations/" + id + "/resolve", admin, null);
        resolved.expectStatus(200);
        assertThat(resolved.body().path("sequence").asLong()).isEqualTo(6);

        List<String> types = jdbc.sql("""
                        SELECT payloadtype FROM event_store.domainevententry
                        WHERE aggregateidentifier = :id ORDER BY sequencenumber""")
                .param("id", id).query(String.class).list();
        assertThat(types).extracting(type -> type.substring(type.lastIndexOf('.') + 1)).containsExactly(
                "ConversationStarted", "MessageSent", "MessageSent", "MessageSent", "StaffAssigned", "MessageSent",
                "ConversationResolved");
    }

    @Test
    void everyEventCarriesItsActorAndCorrelation() {
        TestApi api = api();
        var session = api.deviceSession(newDeviceId());
        String publicId = session.text("device");
        String id = api.post("/api/conversations", session.text("token"), Map.of("channel", "WIDGET",
                "firstMessage", text("c-0", "hello"))).text("conversationId");

        List<String> metadata = jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM event_store.domainevententry
                        WHERE aggregateidentifier = :id ORDER BY sequencenumber""")
                .param("id", id).query(String.class).list();
        assertThat(metadata).hasSize(2).allSatisfy(json -> assertThat(json)
                .contains("\"actor\":\"device:" + publicId + "\"")
                .contains("\"correlationId\"")
                .contains("\"causationId\""));
    }

    @Test
    void theSecretDeviceIdIsNeverStoredOnlyItsPseudonym() {
        TestApi api = api();
        String secret = newDeviceId();
        var session = api.deviceSession(secret);
        assertThat(session.text("device")).startsWith("d-").doesNotContain(secret);
        assertThat(api.deviceSession(secret).text("device")).isEqualTo(session.text("device"));
        String id = api.post("/api/conversations", session.text("token"), Map.of("channel", "MOBILE",
                "firstMessage", text("c-0", "hello"))).text("conversationId");

        String stored = String.join("\n", jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') || convert_from(metadata, 'UTF8')
                        FROM event_store.domainevententry WHERE aggregateidentifier = :id""")
                .param("id", id).query(String.class).list());
        assertThat(stored).contains(session.text("device")).doesNotContain(secret);
    }

    @Test
    void startingAgainContinuesTheOpenConversationUnlessANewOneIsAsked() {
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());
        var context = Map.of("kind", "JOB", "referenceId", "job-7");
        String first = api.post("/api/conversations", device, Map.of("channel", "MOBILE", "context", context))
                .text("conversationId");

        var again = api.post("/api/conversations", device, Map.of("channel", "MOBILE", "context", context,
                "firstMessage", text("c-1", "me again")));
        again.expectStatus(200);
        assertThat(again.text("conversationId")).isEqualTo(first);
        assertThat(again.body().path("existing").asBoolean()).isTrue();
        assertThat(again.body().path("firstMessage").path("sequence").asLong()).isEqualTo(1);

        var otherContext = api.post("/api/conversations", device, Map.of("channel", "MOBILE",
                "context", Map.of("kind", "JOB", "referenceId", "job-8")));
        otherContext.expectStatus(201);
        assertThat(otherContext.text("conversationId")).isNotEqualTo(first);

        var fresh = api.post("/api/conversations", device, Map.of("channel", "MOBILE", "context", context, "startNew", true));
        fresh.expectStatus(201);
        assertThat(fresh.text("conversationId")).isNotEqualTo(first);
    }

    @Test
    void aClientMessageIdReusedForAnotherTextIsAConflictAndATrueResendStaysADuplicate() {
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE", "startNew", true,
                "firstMessage", text("c-0", "hello"))).expectStatus(201).text("conversationId");
        var first = api.post("/api/conversations/" + id + "/messages", device, text("c-1", "my flat is on fire"))
                .expectStatus(201);

        var reused = api.post("/api/conversations/" + id + "/messages", device, text("c-1", "and the door is stuck"))
                .expectStatus(409);
        var firstReused = api.post("/api/conversations/" + id + "/messages", device, text("c-0", "not hello"))
                .expectStatus(409);
        var resent = api.post("/api/conversations/" + id + "/messages", device, text("c-1", "my flat is on fire"))
                .expectStatus(200);

        assertThat(reused.text("code")).isEqualTo("client-id-reused");
        assertThat(reused.text("detail")).contains("c-1").contains("another message");
        assertThat(firstReused.text("code")).isEqualTo("client-id-reused");
        assertThat(resent.body().path("duplicate").asBoolean()).isTrue();
        assertThat(resent.text("messageId")).isEqualTo(first.text("messageId"));
        // A message stored before fingerprints were kept is taken for a resend, as it always was.
        jdbc.sql("UPDATE event_store.client_message_key SET content_fingerprint = NULL WHERE conversation_id = :id")
                .param("id", java.util.UUID.fromString(id)).update();
        api.post("/api/conversations/" + id + "/messages", device, text("c-1", "and the door is stuck")).expectStatus(200);
    }

    @Test
    void retryingAStartWithTheSameConversationIdCreatesNothingNew() {
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());
        String chosen = java.util.UUID.randomUUID().toString();
        Map<String, Object> start = Map.of("conversationId", chosen, "channel", "MOBILE", "startNew", true,
                "firstMessage", text("c-0", "help"));
        var first = api.post("/api/conversations", device, start).expectStatus(201);
        var retry = api.post("/api/conversations", device, start).expectStatus(200);
        assertThat(first.text("conversationId")).isEqualTo(chosen);
        assertThat(retry.text("conversationId")).isEqualTo(chosen);
        assertThat(retry.body().path("firstMessage").path("duplicate").asBoolean()).isTrue();
        assertThat(retry.body().path("firstMessage").path("messageId").asString())
                .isEqualTo(first.body().path("firstMessage").path("messageId").asString());
    }

    @Test
    void aSnoozedConversationReopensOnItsOwnWhenTheTimeComes() throws InterruptedException {
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");
        String until = java.time.Instant.now().plusSeconds(2).toString();
        api.post("/api/conversations/" + id + "/snooze", admin, Map.of("until", until)).expectStatus(200);

        String lastType = null;
        for (int attempt = 0; attempt < 100 && !"ConversationReopened".equals(lastType); attempt++) {
            Thread.sleep(200);
            lastType = jdbc.sql("""
                            SELECT substring(payloadtype from '[^.]+$') FROM event_store.domainevententry
                            WHERE aggregateidentifier = :id ORDER BY sequencenumber DESC LIMIT 1""")
                    .param("id", id).query(String.class).single();
        }
        assertThat(lastType).isEqualTo("ConversationReopened");
        String wakeUpMetadata = jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM event_store.domainevententry
                        WHERE aggregateidentifier = :id ORDER BY sequencenumber DESC LIMIT 1""")
                .param("id", id).query(String.class).single();
        assertThat(wakeUpMetadata).contains("\"actor\":\"system:snooze-ends\"").doesNotContain("actorRole");
        // The same deadline never runs twice: the conversation is reopened exactly once.
        Thread.sleep(2_500);
        long reopened = jdbc.sql("""
                        SELECT count(*) FROM event_store.domainevententry
                        WHERE aggregateidentifier = :id AND payloadtype LIKE '%ConversationReopened'""")
                .param("id", id).query(Long.class).single();
        assertThat(reopened).isEqualTo(1);
    }

    @Test
    void aClosedConversationIsNotContinuedAndTakesNoMessages() {
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");
        assertThat(api.post("/api/conversations/" + id + "/close", admin, null).status()).isEqualTo(200);

        var refused = api.post("/api/conversations/" + id + "/messages", device, text("c-1", "hello?"));
        refused.expectStatus(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("conversation-closed");

        var next = api.post("/api/conversations", device, Map.of("channel", "MOBILE"));
        next.expectStatus(201);
        assertThat(next.text("conversationId")).isNotEqualTo(id);
    }

    @Test
    void aDeviceCanNeverTouchAnotherDevicesConversation() {
        TestApi api = api();
        String owner = api.deviceToken(newDeviceId());
        String intruder = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", owner, Map.of("channel", "MOBILE")).text("conversationId");
        String missing = java.util.UUID.randomUUID().toString();

        record Probe(String method, String path, Object body) {}
        List<Probe> probes = List.of(
                new Probe("POST", "/messages", text("x-1", "let me in")), new Probe("POST", "/notes", Map.of("text", "x")),
                new Probe("POST", "/read", Map.of("upToSequence", 0)), new Probe("POST", "/delivered", Map.of("upToSequence", 0)),
                new Probe("POST", "/reopen", null), new Probe("POST", "/resolve", null), new Probe("POST", "/close", null),
                new Probe("POST", "/snooze", Map.of("until", "2999-01-01T00:00:00Z")),
                new Probe("PUT", "/participants/me", null), new Probe("DELETE", "/participants/me", null),
                new Probe("PUT", "/assignee", Map.of("staffId", java.util.UUID.randomUUID().toString())),
                new Probe("DELETE", "/assignee", null), new Probe("PUT", "/priority", Map.of("priority", "LOW")),
                new Probe("PUT", "/labels/vip", null), new Probe("DELETE", "/labels/vip", null));
        for (Probe probe : probes) {
            var theirs = call(api, probe.method(), "/api/conversations/" + id + probe.path(), intruder, probe.body());
            var none = call(api, probe.method(), "/api/conversations/" + missing + probe.path(), intruder, probe.body());
            theirs.expectStatus(404);
            none.expectStatus(404);
            // Someone else's conversation answers exactly like one that does not exist.
            assertThat(theirs.contentType()).startsWith("application/problem+json");
            assertThat(theirs.text("code")).isEqualTo(none.text("code")).isEqualTo("conversation-not-found");
            assertThat(theirs.text("detail").replace(id, "ID")).isEqualTo(none.text("detail").replace(missing, "ID"));
        }
        long storedEvents = jdbc.sql("SELECT count(*) FROM event_store.domainevententry WHERE aggregateidentifier = :id")
                .param("id", id).query(Long.class).single();
        assertThat(storedEvents).isEqualTo(1);
    }

    private static TestApi.Response call(TestApi api, String method, String path, String token, Object body) {
        return switch (method) {
            case "POST" -> api.post(path, token, body);
            case "PUT" -> api.put(path, token, body);
            default -> api.delete(path, token);
        };
    }

    @Test
    void requestsWithoutValidTokensAreRefused() {
        TestApi api = api();
        var anonymous = api.post("/api/conversations", null, Map.of("channel", "MOBILE"));
        anonymous.expectStatus(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        var forged = api.post("/api/conversations", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl", Map.of("channel", "MOBILE"));
        forged.expectStatus(401);

        String device = api.deviceToken(newDeviceId());
        var deviceAsAdmin = api.post("/api/staff", device, Map.of("username", "sneaky", "displayName", "S",
                "role", "ADMIN", "password", "a-long-enough-password"));
        deviceAsAdmin.expectStatus(403);
        assertThat(deviceAsAdmin.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badInputIsA400WithTheFieldsAtFault() {
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");

        var missingClientId = api.post("/api/conversations/" + id + "/messages", device, Map.of("text", "hi"));
        missingClientId.expectStatus(400);
        assertThat(missingClientId.body().path("errors").get(0).path("field").asString()).isEqualTo("clientMessageId");

        var blank = api.post("/api/conversations/" + id + "/messages", device, text("c-1", "   "));
        blank.expectStatus(400);
        assertThat(blank.text("detail")).contains("blank");

        var tooLong = api.post("/api/conversations/" + id + "/messages", device, text("c-2", "x".repeat(4001)));
        tooLong.expectStatus(400);
        assertThat(tooLong.text("code")).isEqualTo("message-too-long");

        var malformed = api.postRaw("/api/conversations/" + id + "/messages", device, "{\"clientMessageId\": ");
        malformed.expectStatus(400);
        assertThat(malformed.text("detail")).doesNotContain("Exception");

        var badLocation = api.post("/api/conversations/" + id + "/messages", device, Map.of("clientMessageId", "c-3",
                "kind", "LOCATION", "location", Map.of("latitude", 91, "longitude", 0)));
        badLocation.expectStatus(400);
        assertThat(badLocation.text("detail")).contains("latitude");

        var badId = api.post("/api/conversations/not-a-uuid/messages", device, text("c-4", "hi"));
        badId.expectStatus(400);

        var readFuture = api.post("/api/conversations/" + id + "/read", device, Map.of("upToSequence", 99));
        readFuture.expectStatus(400);
        assertThat(readFuture.text("code")).isEqualTo("sequence-out-of-range");
    }

    @Test
    void locationsMustLieOnTheGlobe() {
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");
        String messages = "/api/conversations/" + id + "/messages";

        for (var corner : List.of(Map.of("latitude", 90, "longitude", -180), Map.of("latitude", -90, "longitude", 180),
                Map.of("latitude", 52.52, "longitude", 13.405, "accuracyMeters", 0))) {
            api.post(messages, device, Map.of("clientMessageId", "c-" + corner.hashCode(), "kind", "LOCATION",
                    "location", corner)).expectStatus(201);
        }
        var refusals = Map.of(
                "latitude", Map.of("latitude", -90.000001, "longitude", 0),
                "longitude", Map.of("latitude", 0, "longitude", 180.5),
                "accuracy", Map.of("latitude", 0, "longitude", 0, "accuracyMeters", -1));
        refusals.forEach((field, location) -> {
            var refused = api.post(messages, device, Map.of("clientMessageId", "bad-" + field, "kind", "LOCATION",
                    "location", location)).expectStatus(400);
            assertThat(refused.text("code")).isEqualTo("invalid-request");
            assertThat(refused.text("detail")).contains(field);
        });
        var noLocation = api.post(messages, device, Map.of("clientMessageId", "c-none", "kind", "LOCATION")).expectStatus(400);
        assertThat(noLocation.text("detail")).contains("location");
        var badStart = api.post("/api/conversations", device, Map.of("channel", "MOBILE", "startNew", true,
                "location", Map.of("latitude", 0, "longitude", -181))).expectStatus(400);
        assertThat(badStart.text("detail")).contains("longitude");
    }

    @Test
    void eventPayloadsAreStoredAsByteaAndNoLargeObjectsPileUp() {
        List<String> types = jdbc.sql("""
                        SELECT data_type FROM information_schema.columns
                        WHERE table_schema = 'event_store' AND column_name IN ('payload', 'metadata', 'token')""")
                .query(String.class).list();
        assertThat(types).isNotEmpty().containsOnly("bytea");
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());
        api.post("/api/conversations", device, Map.of("channel", "MOBILE", "firstMessage", text("c-0", "hi")));
        assertThat(jdbc.sql("SELECT count(*) FROM pg_largeobject_metadata").query(Long.class).single()).isZero();
    }

    @Test
    void apiIsDocumented() {
        var docs = api().get("/v3/api-docs", null);
        docs.expectStatus(200);
        assertThat(docs.body().path("paths").has("/api/conversations/{id}/messages")).isTrue();
        assertThat(docs.body().path("paths").has("/api/sessions/device")).isTrue();
    }
}
