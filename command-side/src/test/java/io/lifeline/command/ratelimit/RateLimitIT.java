package io.lifeline.command.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideApplication;
import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestDatabase;
import io.lifeline.testsupport.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A command-side instance with tiny limits (its own database, so it shares nothing with the other
 * tests' instance): 429 with {@code Retry-After} and a {@code rate-limited} problem, per device,
 * per staff member and per address. The tests call from loopback, a trusted proxy, so the
 * {@code X-Forwarded-For} each sends stands for a client address of its own.
 */
class RateLimitIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext instance;
    private static int port;

    @BeforeAll
    static void start() {
        instance = CommandSideApplication.builder().run(
                "--server.port=0",
                "--spring.datasource.url=" + TestDatabase.newDatabase("rate_limits"),
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--lifeline.attachment.dir=target/it-attachments",
                "--lifeline.admin.password=" + CommandSideIntegrationTest.ADMIN_PASSWORD,
                "--lifeline.security.jwt-secret=" + CommandSideIntegrationTest.JWT_SECRET,
                "--lifeline.rate-limit.enabled=true",
                // One a minute after the burst: nothing refills while a test runs.
                "--lifeline.rate-limit.device.per-minute=1", "--lifeline.rate-limit.device.burst=3",
                "--lifeline.rate-limit.staff.per-minute=1", "--lifeline.rate-limit.staff.burst=3",
                "--lifeline.rate-limit.address.per-minute=1", "--lifeline.rate-limit.address.burst=8");
        port = instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void aDeviceOverItsLimitIsAnsweredWith429AndWhenToRetry() throws Exception {
        String client = "203.0.113.1";
        String device = call("POST", "/api/sessions/device", null, "{\"deviceId\":\"" + UUID.randomUUID() + "\"}", client)
                .body().path("token").asString();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(readSomewhere(device, client).status());
        }
        Reply refused = readSomewhere(device, client);

        assertThat(statuses).containsOnly(404); // counted, then answered as usual
        assertRateLimited(refused, "device");
        assertThat(readSomewhere(device, "203.0.113.2").status()).as("the device, from anywhere").isEqualTo(429);
        String otherDevice = call("POST", "/api/sessions/device", null, "{\"deviceId\":\"" + UUID.randomUUID() + "\"}",
                client).body().path("token").asString();
        assertThat(readSomewhere(otherDevice, client).status()).as("another device").isEqualTo(404);
    }

    @Test
    void aStaffMemberOverTheirLimitIsAnsweredWith429AndWhenToRetry() throws Exception {
        String client = "203.0.113.11";
        String admin = call("POST", "/api/sessions/staff", null, "{\"username\":\"admin\",\"password\":\""
                + CommandSideIntegrationTest.ADMIN_PASSWORD + "\"}", client).body().path("session").path("token").asString();

        for (int i = 0; i < 3; i++) {
            assertThat(readSomewhere(admin, client).status()).isEqualTo(404);
        }

        assertRateLimited(readSomewhere(admin, client), "staff");
    }

    @Test
    void anAddressOverItsLimitIsAnsweredWith429WhileOtherAddressesGoOn() throws Exception {
        String client = "203.0.113.21";
        for (int i = 0; i < 8; i++) {
            assertThat(startDeviceSession(client).status()).isEqualTo(201);
        }

        assertRateLimited(startDeviceSession(client), "address");
        assertRateLimited(call("POST", "/api/sessions/staff", null, "{\"username\":\"admin\",\"password\":\"guess\"}",
                client), "address");
        assertThat(startDeviceSession("203.0.113.22").status()).isEqualTo(201);
        assertThat(startDeviceSession("2001:db8:5::1").status()).isEqualTo(201);
    }

    @Test
    void healthChecksAreNeverCounted() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(call("GET", "/actuator/health", null, null, "203.0.113.31").status()).isEqualTo(200);
        }
    }

    private static void assertRateLimited(Reply reply, String limit) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("code").asString()).isEqualTo("rate-limited");
        assertThat(reply.body().path("status").asInt()).isEqualTo(429);
        assertThat(reply.body().path("limit").asString()).isEqualTo(limit);
        assertThat(reply.retryAfter()).isBetween(1L, 60L);
        assertThat(reply.body().path("retryAfterSeconds").asLong()).isEqualTo(reply.retryAfter());
    }

    private static Reply startDeviceSession(String client) throws Exception {
        return call("POST", "/api/sessions/device", null, "{\"deviceId\":\"" + UUID.randomUUID() + "\"}", client);
    }

    /** A cheap authenticated request: marking a conversation read that does not exist. */
    private static Reply readSomewhere(String token, String client) throws Exception {
        return call("POST", "/api/conversations/" + UUID.randomUUID() + "/read", token, "{\"upToSequence\":0}", client);
    }

    record Reply(int status, JsonNode body, String contentType, long retryAfter) {}

    private static Reply call(String method, String path, String token, String json, String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("X-Forwarded-For", forwardedFor);
        if (json != null) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValueAsLong("Retry-After").orElse(-1));
    }
}
