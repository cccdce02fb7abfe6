package io.lifeline.query;

import io.lifeline.testsupport.TestKafka;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query side as it runs: real HTTP, real PostgreSQL, its processors reading a real event store,
 * and a real Kafka broker for the revocations it follows.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + QuerySideApplication.CONFIG_NAME,
                "lifeline.security.jwt-secret=" + QuerySideIntegrationTest.JWT_SECRET,
                // Every test sends from one address; RateLimitIT runs an instance of its own with tiny limits.
                "lifeline.rate-limit.enabled=false"})
public abstract class QuerySideIntegrationTest {
    public static final String JWT_SECRET = "a-test-only-secret-of-more-than-thirty-two-bytes";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    public record Response(int status, JsonNode body) {}

    protected Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), token);
    }

    protected Response post(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    protected Response delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE(), token);
    }

    private Response send(HttpRequest.Builder request, String token) {
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token as the command side signs it, for a principal with the given kind and role. */
    protected static String token(String subject, String kind, String role) {
        try {
            var claims = new JWTClaimsSet.Builder().subject(subject).issuer("lifeline").claim("kind", kind)
                    .claim("roles", List.of(role)).expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String analyst() {
        return token(java.util.UUID.randomUUID().toString(), "staff", "ANALYST");
    }

    protected static String admin() {
        return token(java.util.UUID.randomUUID().toString(), "staff", "ADMIN");
    }

    /** Waits until every processor has handled every stored event. */
    protected void awaitCaughtUp() throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode processors = get("/api/query/processors", analyst()).body();
            boolean caughtUp = processors.isArray() && !processors.isEmpty();
            for (JsonNode processor : processors) {
                caughtUp &= processor.path("lag").asLong() == 0 && "RUNNING".equals(processor.path("state").asString());
            }
            if (caughtUp) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the projections did not catch up: " + get("/api/query/processors", analyst()).body());
    }
}
