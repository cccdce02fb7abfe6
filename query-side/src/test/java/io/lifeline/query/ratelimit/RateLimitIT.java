package io.lifeline.query.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lifeline.query.QuerySideApplication;
import io.lifeline.query.QuerySideIntegrationTest;
import io.lifeline.query.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query-side instance with tiny limits (its own database, so its processors claim nothing the
 * other tests' instance needs): 429 with {@code Retry-After} and a {@code rate-limited} problem, per
 * device, per staff member and per address. Calls come from loopback, a trusted proxy, so each
 * test's {@code X-Forwarded-For} stands for a client address of its own.
 */
class RateLimitIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext instance;
    private static int port;

    @BeforeAll
    static void start() {
        instance = QuerySideApplication.builder().run(
                "--server.port=0",
                "--spring.datasource.url=" + TestDatabase.newDatabase("rate_limits"),
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--lifeline.security.jwt-secret=" + QuerySideIntegrationTest.JWT_SECRET,
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
        String device = token("d-" + UUID.randomUUID(), "device", "DEVICE");
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/query/unread", device, "203.0.113.1").status()).isEqualTo(200);
        }

        assertRateLimited(get("/api/query/unread", device, "203.0.113.1"), "device");
        assertThat(get("/api/query/unread", token("d-" + UUID.randomUUID(), "device", "DEVICE"), "203.0.113.1").status())
                .as("another device").isEqualTo(200);
    }

    @Test
    void aStaffMemberOverTheirLimitIsAnsweredWith429AndWhenToRetry() throws Exception {
        String agent = token(UUID.randomUUID().toString(), "staff", "AGENT");
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/query/inbox/counts", agent, "203.0.113.11").status()).isEqualTo(200);
        }

        assertRateLimited(get("/api/query/inbox/counts", agent, "203.0.113.11"), "staff");
    }

    @Test
    void anAddressOverItsLimitIsAnsweredWith429EvenBeforeItsTokenIsRead() throws Exception {
        for (int i = 0; i < 8; i++) {
            assertThat(get("/api/query/unread", "not-a-token", "203.0.113.21").status()).isEqualTo(401);
        }

        assertRateLimited(get("/api/query/unread", "not-a-token", "203.0.113.21"), "address");
        assertRateLimited(get("/api/query/unread", token("d-" + UUID.randomUUID(), "device", "DEVICE"), "203.0.113.21"),
                "address");
        assertThat(get("/api/query/unread", "not-a-token", "203.0.113.22").status()).isEqualTo(401);
    }

    private static void assertRateLimited(Reply reply, String limit) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("code").asString()).isEqualTo("rate-limited");
        assertThat(reply.body().path("limit").asString()).isEqualTo(limit);
        assertThat(reply.retryAfter()).isBetween(1L, 60L);
        assertThat(reply.body().path("retryAfterSeconds").asLong()).isEqualTo(reply.retryAfter());
    }

    record Reply(int status, JsonNode body, String contentType, long retryAfter) {}

    private static Reply get(String path, String token, String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("X-Forwarded-For", forwardedFor).header("Authorization", "Bearer " + token);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValueAsLong("Retry-After").orElse(-1));
    }

    private static String token(String subject, String kind, String role) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject(subject).issuer("lifeline").claim("kind", kind)
                .claim("roles", List.of(role)).expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(QuerySideIntegrationTest.JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
